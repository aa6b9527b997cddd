# find/count/index/in with int arguments and ranges
b = b"abracadabra"
print(b.find(ord("c")), b.count(ord("a")), b.index(ord("d")), b.rfind(97), b.rindex(98))
print(b.find(b"a", 1), b.find(b"a", 1, 3), b.count(b"a", 5), b.count(b"abra"), b.count(b""))
print(97 in b, 122 in b, b"cad" in b, b"" in b, bytearray(b"cad") in b)
try:
    b.find(256)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.index(b"zz")
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b)
print(ba.find(ord("r")), ba.count(114), ba.index(b"dab"), ba.rfind(b"ra"), ba.startswith(b"abr", 0, 4))
print(b.replace(b"a", b"A", 3), b.split(b"a"), b.strip(b"a"), b.lstrip(b"ab"), b.rstrip(b"ar"))
