# Names bound by a pattern stay bound even when its guard fails; guard order
log = []
def guard(tag, result):
    log.append(tag)
    return result
match (1, 2):
    case (a, b) if guard("first", False):
        print("not taken")
    case (c, d) if guard("second", True):
        print("taken", c, d)
print("a and b are bound anyway:", a, b, log)
match [1, 2, 3]:
    case [x, *rest] if guard("g1", len(rest) > 5):
        pass
    case [x, y, z] if guard("g2", x + y == z):
        print("sum pattern", x, y, z)
print(log)
def f(v):
    match v:
        case int(n) if n > 100:
            return "big", n
        case int(n):
            return "small", n
        case str() as s if s:
            return "text", s
        case _:
            return "other", None
print([f(v) for v in [5, 500, "x", "", 1.5]])
match 5:
    case 1 | 2 if guard("never", True):
        pass
    case _:
        print("no guard evaluated for non-matching pattern:", "never" not in log)
