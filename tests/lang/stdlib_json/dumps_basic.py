# json.dumps: every value type, separators, indent, sort_keys, ensure_ascii.
import json

values = [
    None, True, False, 0, -1, 123456789, 2 ** 64, -(2 ** 100),
    0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 3.141592653589793, 1e300, 2.5e-300,
    float('inf'), float('-inf'), float('nan'),
    "", "plain", 'quote " backslash \\ slash /', "tab\tnl\ncr\rbs\bff\f",
    "\x00\x01\x1f\x7f", "caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001f600 emoji",
    "\u2028\u2029", "\ud800 lone", "\udfff",
    [], [1, 2, 3], (1, "two", 3.0), {}, {"a": 1}, [[[]]], {"x": {"y": {"z": []}}},
]
for v in values:
    print(json.dumps(v))
    print(ascii(json.dumps(v, ensure_ascii=False)))

doc = {"name": "Widget", "tags": ["a", "b"], "dims": {"w": 1, "h": 2.5},
       "ok": True, "none": None, "nested": [{"k": []}, {}, [[], {}]]}
print(json.dumps(doc))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, separators=(" , ", " : ")))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent="--"))
print(json.dumps(doc, indent=3, separators=(", ", " = ")))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, sort_keys=True, indent=1))
print(json.dumps([1, [2, [3, [4]]]], indent=4))
print(json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([{}], indent=2))

# Non-str keys become strings; tuples become arrays.
mixed = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", -7: "neg",
         1e20: "big float", 2 ** 70: "big int"}
print(json.dumps(mixed))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "Z": 4, "": 5}, sort_keys=True))
print(json.dumps((1, (2, 3), [4, (5,)])))

# Keys are converted after sorting; floats keep their repr.
print(json.dumps({0.5: 1, 0.25: 2}, sort_keys=True))
print(json.dumps([1.0, 10.0, 1e22, 1.7976931348623157e308, 5e-324, 123.456]))

# The default encoder is shared; other options build a new one each call.
print(json.dumps("only a string"), json.dumps("\u00e9", ensure_ascii=False))
print(json.dumps(['\u00e9' * 3, {'\u00e9': '\U0001d11e'}]))
print(json.dumps(['\u00e9' * 3, {'\u00e9': '\U0001d11e'}], ensure_ascii=False, indent=1))
print(repr(json.dumps("\x7f\x80\x9f\xa0")))
