fn skip_odd(x: Int) -> Int:
    if x % 2 == 1:
        continue
    return x


fn main():
    for i in range(3):
        print(skip_odd(i))
    continue
