import csv
import io

cases = [
    {"delimiter": "ab"},
    {"delimiter": None},
    {"delimiter": 1},
    {"quotechar": ""},
    {"quotechar": None, "quoting": csv.QUOTE_MINIMAL},
    {"quotechar": None},
    {"escapechar": 5},
    {"quoting": 7},
    {"quoting": "all"},
    {"quoting": True},
    {"lineterminator": None},
    {"lineterminator": 5},
    {"bogus": 1},
    {"dialect": 5},
    {"doublequote": 0},
]
for kwargs in cases:
    out = io.StringIO()
    try:
        w = csv.writer(out, **kwargs)
        w.writerow(["a", 'b"c'])
        print(kwargs, "->", repr(out.getvalue()))
    except (TypeError, csv.Error) as e:
        print(kwargs, "->", type(e).__name__, e)
for target in [5, None, "text"]:
    try:
        csv.writer(target)
    except TypeError as e:
        print("TypeError", e)
try:
    csv.reader(5)
except TypeError as e:
    print("TypeError", e)
try:
    csv.field_size_limit("big")
except TypeError as e:
    print("TypeError", e)
rows = csv.reader(["a,b", "c,\"d"], strict=True)
print(next(rows))
next(rows)
