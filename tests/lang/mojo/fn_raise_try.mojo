fn check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative: " + String(x))
    if x == 0:
        raise "zero"
    return x * 2


fn safe(x: Int) -> Int:
    try:
        return check(x)
    except e:
        print("safe caught:", e)
        return -1


fn rethrow(x: Int) raises -> Int:
    var result: Int
    try:
        result = check(x)
    except err:
        print("rethrowing", err)
        raise err
    else:
        print("no error for", x)
    return result


fn nested() raises:
    try:
        try:
            _ = check(-5)
        except inner:
            print("inner:", inner)
            raise Error("wrapped: " + String(inner))
    except outer:
        print("outer:", outer)


fn main() raises:
    print(safe(4), safe(-3), safe(0))
    print(rethrow(5))
    try:
        print(rethrow(-7))
    except e:
        print("main caught", e)
    nested()
    var e = Error("built")
    print(e)
    var total = 0
    for i in range(-2, 3):
        try:
            total += check(i)
        except:
            total += 100
    print(total)
    _ = check(-1)
