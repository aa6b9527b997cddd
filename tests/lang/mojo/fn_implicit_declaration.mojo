fn main():
    x = 4
    y = Float64(x) * 2.5 if False else 1.5
    x = x + 1
    print(x, y)
