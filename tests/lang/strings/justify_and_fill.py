# center, ljust, rjust, zfill, expandtabs
print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "abcd".center(9) + "]", "[" + "abc".center(2) + "]")
print("[" + "abc".center(9, "*") + "]", "[" + "ab".center(7, "-") + "]", "[" + "a".center(4, "x") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6) + "]", "abc".ljust(6, "."), "abc".rjust(6, "0"), "abc".ljust(1))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "".zfill(3), "12345".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n1\t2".expandtabs(4)), repr("a\r\tb".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(name.ljust(12) + str(price).rjust(6) + str(qty).center(5) + "|")
print("😀".center(5, "*"), "é".rjust(3, "é"))
