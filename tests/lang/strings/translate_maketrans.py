# translate and maketrans
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc abc".translate(t))
t2 = str.maketrans("ae", "AE", "lo")
print("hello there".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("abc".translate({97: None, 98: "B"}), "abc".translate({}), "😀x".translate({ord("😀"): "smile "}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print(type(e).__name__, e)
print("a-b_c d".translate(str.maketrans("-_", "  ")).split())
