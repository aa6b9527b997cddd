# startswith / endswith with tuples and ranges
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith("lo", 3, 5))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"), s.startswith("", 20))
print(s.startswith("h", -11), s.startswith("w", -5), s.endswith("w", -5, -4))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.md"]
print([f for f in files if f.endswith((".py", ".md"))], [f for f in files if f.lower().endswith(".py")])
urls = ["http://a", "https://b", "ftp://c"]
print([u for u in urls if u.startswith(("http://", "https://"))])
print("😀abc".startswith("😀"), "abc😀".endswith("c😀"))
