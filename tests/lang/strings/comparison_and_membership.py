# String comparison, in, *, iteration
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "10" < "9")
print("abc" == "abc", "a" * 3 == "aaa", "é" == "e\u0301", len("e\u0301"))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print("ell" in "hello", "" in "abc", "abc" in "ab", "x" not in "abc", "😀" in "a😀b")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, repr("" * 100))
out = []
for ch in "hey":
    out.append(ch.upper())
print(out, list("abc"), tuple("ab"), [c * 2 for c in "xyz"])
print(max("hello"), min("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print("a" + "b" + "c", "".join(["a", "b"]) == "ab", "abc".__len__(), "abc".__contains__("b"))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc".__eq__("abc"), "abc".__ne__(1))
s = "x"
for i in range(5):
    s += str(i)
print(s, len(s))
