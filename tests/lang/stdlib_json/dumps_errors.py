# json.dumps errors: unserializable values, bad keys, cycles, NaN without allow_nan,
# skipkeys, with and without indent (CPython's two encoders differ in one message).
import json


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


for indent in (None, 2):
    print("indent", indent)
    attempt("set", lambda: json.dumps({1, 2}, indent=indent))
    attempt("bytes", lambda: json.dumps([b"x"], indent=indent))
    attempt("object", lambda: json.dumps({"p": Point(1, 2)}, indent=indent))
    attempt("complex", lambda: json.dumps(1j, indent=indent))
    attempt("tuple key", lambda: json.dumps({(1, 2): 3}, indent=indent))
    attempt("frozenset key", lambda: json.dumps({frozenset(): 3}, indent=indent))
    attempt("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1, b"b": 2, "c": 3},
                                           skipkeys=True, indent=indent))
    attempt("skip first", lambda: json.dumps({(1,): 1, "a": 1}, skipkeys=True, indent=indent))
    attempt("skip all", lambda: json.dumps({(1,): 1}, skipkeys=True, indent=indent))
    attempt("nan", lambda: json.dumps([float("nan")], allow_nan=False, indent=indent))
    attempt("inf", lambda: json.dumps({"x": float("inf")}, allow_nan=False, indent=indent))
    attempt("-inf key", lambda: json.dumps({float("-inf"): 1}, allow_nan=False, indent=indent))
    attempt("nan ok", lambda: json.dumps([float("nan"), float("inf")], indent=indent))
    cyclic = [1, 2]
    cyclic.append(cyclic)
    attempt("list cycle", lambda: json.dumps(cyclic, indent=indent))
    d = {"a": 1}
    d["self"] = d
    attempt("dict cycle", lambda: json.dumps(d, indent=indent))
    attempt("default cycle", lambda: json.dumps(Point(1, 2), default=lambda o: o, indent=indent))
    shared = [1]
    attempt("shared not cycle", lambda: json.dumps([shared, shared, {"s": shared}], indent=indent))
    attempt("mixed sort", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True, indent=indent))
    attempt("default", lambda: json.dumps({"p": Point(3, 4)}, indent=indent,
                                          default=lambda o: {"x": o.x, "y": o.y}))
    attempt("default list", lambda: json.dumps([{1, 2}, {3}], indent=indent,
                                               default=lambda o: sorted(o)))
    attempt("default raises", lambda: json.dumps([1, Point(0, 0)], indent=indent,
                                                 default=lambda o: 1 / 0))

# Top-level floats go through the encoder without indent.
attempt("top nan", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("top str", lambda: json.dumps("x", allow_nan=False))
attempt("bad indent", lambda: json.dumps([1], indent=2.5))
attempt("bad kw", lambda: json.dumps([1], nonsense=1))

# check_circular=False hits the recursion limit instead.
deep = []
deep.append(deep)
try:
    json.dumps(deep, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)

# The last error is uncaught: the traceback's last line names the type.
json.dumps({"when": Point(5, 6)})
