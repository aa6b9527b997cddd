fn check(a: Bool, b: Bool):
    print(a and b, a or b, not a, a & b, a | b, a ^ b, a == b, a != b)

fn main():
    check(True, True)
    check(True, False)
    check(False, False)
    var n = 5
    print(n > 3 and n < 10, n < 3 or n == 5, not (n == 5))
