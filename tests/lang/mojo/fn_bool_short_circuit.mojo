# Bool logic: truth tables, short-circuit evaluation observed through a `mut` call counter, Bool conversions.
fn check(value: Bool, mut calls: Int) -> Bool:
    calls += 1
    return value


fn implies(a: Bool, b: Bool) -> Bool:
    return not a or b


fn xor(a: Bool, b: Bool) -> Bool:
    return a != b


fn main():
    var bools = List[Bool](False, True)
    for a in bools:
        for b in bools:
            print(a, b, a and b, a or b, xor(a, b), implies(a, b), not (a and b) == (not a or not b))
    var calls = 0
    var r1 = check(False, calls) and check(True, calls)
    print(r1, calls)
    var r2 = check(True, calls) or check(False, calls)
    print(r2, calls)
    var r3 = check(True, calls) and check(False, calls) or check(True, calls)
    print(r3, calls)
    print(Bool(0), Bool(5), Bool(-1), Int(True) + Int(True), Int(False))
    var x = 7
    print(x > 3 and x < 10, 0 < x < 5, x == 7 or x // 0 > 1)
    var flags = 0
    for i in range(10):
        if i % 2 == 0 and i % 3 == 0:
            flags += 1
        elif i % 2 == 0 or i % 5 == 0:
            flags += 10
    print(flags)
