# bytes methods
b = b"  Hello, World! Hello!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b.strip().split(b" ", 1), b.rsplit(None, 1), b"a\nb\r\nc".splitlines())
print(b.find(b"Hello"), b.rfind(b"Hello"), b.find(b"zz"), b.index(b"World"), b.count(b"l"), b.count(b"Hello"))
print(b.replace(b"Hello", b"Bye"), b.replace(b"l", b"L", 2), b.startswith(b"  H"), b.endswith((b"!", b"!  ")))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join([b"x"]))
print(b"hello world".title(), b"hello".capitalize(), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"key=val".partition(b"="), b"a/b/c".rpartition(b"/"), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"a\tb".expandtabs(4), b"hello".find(104), b"hello".count(ord("l")), b"hello".index(b"l", 3))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"%s is %d (%x) %r %5.2f %c %c" % (b"val", 42, 255, b"r", 3.14159, 65, b"Z"))
try:
    b"x" + "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"" < b"\x00", max(b"hello"), sorted(b"cab"))
