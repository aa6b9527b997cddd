# While loops over decimal digits: reversal, digital roots, happy numbers, Armstrong and perfect numbers.
fn reverse_digits(n: Int) -> Int:
    var k = abs(n)
    var r = 0
    while k > 0:
        r = r * 10 + k % 10
        k //= 10
    return -r if n < 0 else r


fn digital_root(n: Int) -> Int:
    var k = n
    while k >= 10:
        var s = 0
        while k > 0:
            s += k % 10
            k //= 10
        k = s
    return k


fn is_happy(n: Int) -> Bool:
    var slow = n
    var fast = n
    while True:
        slow = square_digits(slow)
        fast = square_digits(square_digits(fast))
        if slow == fast:
            break
    return slow == 1


fn square_digits(n: Int) -> Int:
    var s = 0
    var k = n
    while k > 0:
        var d = k % 10
        s += d * d
        k //= 10
    return s


fn is_armstrong(n: Int) -> Bool:
    var digits = len(String(n))
    var s = 0
    var k = n
    while k > 0:
        s += (k % 10) ** digits
        k //= 10
    return s == n


fn is_perfect(n: Int) -> Bool:
    var s = 1
    var d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return n > 1 and s == n


fn main():
    print(reverse_digits(12345), reverse_digits(-120), reverse_digits(0), digital_root(987654321), digital_root(5))
    var happy = String("")
    for n in range(1, 50):
        if is_happy(n):
            happy += String(n) + " "
    print(happy)
    var arm = String("")
    for n in range(1, 100000):
        if is_armstrong(n) and n >= 10:
            arm += String(n) + " "
    print(arm)
    var perfect = String("")
    for n in range(1, 10000):
        if is_perfect(n):
            perfect += String(n) + " "
    print(perfect)
