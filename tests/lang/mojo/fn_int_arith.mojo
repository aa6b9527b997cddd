fn show(a: Int, b: Int):
    print(a + b, a - b, a * b, a // b, a % b)

fn main():
    show(17, 5)
    show(-17, 5)
    show(17, -5)
    show(-17, -5)
    show(0, 7)
    var x = 10
    x -= 3
    x *= 4
    x //= 3
    x %= 5
    print(x)
