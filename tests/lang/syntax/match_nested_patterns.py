# match: nested combinations of sequence, mapping, class, OR and AS patterns
def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ["neg", x]:
            return -evaluate(x)
        case ["add", *args]:
            return sum([evaluate(a) for a in args])
        case ["mul", a, b]:
            return evaluate(a) * evaluate(b)
        case {"op": "pow", "base": b, "exp": int(e)} if e >= 0:
            return evaluate(b) ** e
        case {"op": str(op)}:
            raise ValueError(f"unknown op {op!r}")
        case _:
            raise TypeError(f"bad expression {expr!r}")
print(evaluate(5), evaluate(2.5), evaluate(["neg", 3]))
print(evaluate(["add", 1, 2, ["mul", 3, 4]]), evaluate(["add"]))
print(evaluate({"op": "pow", "base": ["add", 1, 1], "exp": 10}))
for bad in [{"op": "sqrt"}, {"op": "pow", "base": 2, "exp": -1}, "text", None]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def shape(p):
    match p:
        case [(0, 0), (x, y)] | [(x, y), (0, 0)]:
            return f"segment from origin to {x},{y}"
        case [(x1, y1), (x2, y2)] as seg if x1 == x2:
            return f"vertical {seg}"
        case [[_, _], [_, _], *more] if len(more) >= 1:
            return f"polyline with {2 + len(more)} points"
        case [(int() | float()) as a, (str() as b)]:
            return f"mixed {a} {b}"
        case _:
            return "unknown"
print(shape([(0, 0), (3, 4)]), shape([(3, 4), (0, 0)]), shape([(1, 2), (1, 5)]))
print(shape([[1, 2], [3, 4], [5, 6]]), shape([1.5, "x"]), shape([]))
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": [*_, "dev"]}}:
        print("developer", name)
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print(a + b + c + d)
