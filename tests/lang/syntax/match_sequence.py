# match: sequence patterns
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a},{b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} +{len(rest)}"
        case [first, *_, last]:
            return f"first={first} last={last}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(10)), range(3), "abc", b"ab", {1: 2}]:
    print(repr(v), seq(v))
match [1, 2, 3, 4]:
    case [*head, 4]:
        print("head", head)
match (1, (2, 3), [4, 5]):
    case (a, (b, c), [d, e]):
        print(a + b + c + d + e)
match [1, "x", 2.0]:
    case [int(), str(), float()]:
        print("typed sequence")
match [0, 0]:
    case [0, 0] | [1, 1]:
        print("double")
match ["go", "north"]:
    case ["go", direction]:
        print("going", direction)
    case ["stop"]:
        print("stop")
match ("cmd", 1, 2, 3):
    case ("cmd", *args):
        print("args", args)
match []:
    case [*everything]:
        print("star on empty", everything)
match bytearray(b"a"):
    case [x]:
        print("bytearray matched", x)
    case _:
        print("bytearray not a sequence pattern")
