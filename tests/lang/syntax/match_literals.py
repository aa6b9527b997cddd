# match: literal, wildcard and OR patterns
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case 2j:
            return "imag"
        case _:
            return "other"
for v in [0, 1, 2, 3, -1, 1.5, "hello", b"raw", True, None, 2j, 99, "x", False, 0.0, 1.0]:
    print(repr(v), classify(v))
def boolcheck(v):
    match v:
        case False:
            return "is False"
        case 0:
            return "zero-ish"
    return "fallthrough"
print(boolcheck(False), boolcheck(0), boolcheck(0.0), boolcheck(1))
match "a" "b":
    case "ab":
        print("concatenated literal")
match -3:
    case -3:
        print("negative literal")
match 1 + 2j:
    case 1 + 2j:
        print("complex literal")
