# str() vs repr() of containers holding strings
items = ["plain", "it's", 'say "hi"', "new\nline", "tab\t", "é", "😀", "\\", ""]
print(items)
for s in items:
    print(s)
    print(repr(s))
print(tuple(items[:3]))
print({"key": "value", "q'": 'd"'})
print(str("x"), repr("x"), str(["x"]), repr(["x"]))
print("x", ["x"], ("x",), {"x": "x"})
print(str(b"bytes"), repr(b"bytes"), [b"in", bytearray(b"list")])
print(str(1.5), repr(1.5), [1.5], str(True), [True], str(None), [None])
print("%s | %r" % ("s", "s"), "%s" % ["s"], f"{'s'} {'s'!r} {['s']}")
