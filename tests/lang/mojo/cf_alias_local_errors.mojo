fn main():
    alias A = 1 // 0
    alias B = x
    print(A, B)
