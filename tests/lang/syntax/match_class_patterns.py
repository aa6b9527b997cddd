# match: class patterns with builtin classes
def kind(x):
    match x:
        case bool():
            return "bool"
        case int(0):
            return "int zero"
        case int():
            return "int"
        case float(v) if v != v:
            return "nan"
        case float():
            return "float"
        case str("") :
            return "empty str"
        case str(s):
            return "str of len %d" % len(s)
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple():
            return "tuple"
        case dict():
            return "dict"
        case set() | frozenset():
            return "set-like"
        case bytes() | bytearray():
            return "binary"
        case complex():
            return "complex"
        case _:
            return "unknown"
vals = [True, 0, 7, float("nan"), 2.5, "", "abc", [], [9, 8], (1, 2), (1, 2, 3), {}, {1}, frozenset(), b"", bytearray(), 1j, None, range(2)]
for v in vals:
    print(repr(v), "->", kind(v))
match 5:
    case int(n) | float(n):
        print("number", n)
match 3.0:
    case int(n) | float(n):
        print("number", n)
