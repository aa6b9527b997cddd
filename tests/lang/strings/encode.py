# str.encode with different codecs and error handlers
s = "héllo wörld €😀"
print(s.encode(), s.encode("utf-8"), len(s.encode()))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "ÿ".encode("latin-1"), "€".encode("utf-16-le"), "A".encode("utf-16"), "A".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode("utf-8") == s, b[:3].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore"))
try:
    b[:2].decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfe".decode("latin-1"), b"caf\xc3\xa9".decode(), bytes("tö", "utf-8"), str(b"x\xc3\xa9", "utf-8"))
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"))
print(len("é".encode()), len("€".encode()), len("😀".encode()), len("😀".encode("utf-16-le")))
