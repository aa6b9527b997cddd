# match: mapping patterns
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2}))
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(m({"type": "circle", "r": 5}))
print(m({"type": "square"}))
print(m({"other": 1}))
print(m({}))
print(m([("type", "point")]))
print(m("type"))
match {1: "one", 2: "two"}:
    case {1: a, 2: b}:
        print(a, b)
match {"k": [1, 2]}:
    case {"k": [x, y]}:
        print(x + y)
match {"a": 1}:
    case {"a": 1 | 2 as v}:
        print("a is", v)
match {True: "t"}:
    case {1: v}:
        print("1 matches True key", v)
match {"n": None}:
    case {"n": None}:
        print("None value")
match {"a": 1, "b": 2}:
    case {"a": _, **kw}:
        print(kw)
