# More splitting, joining and searching on bytes
data = b"alpha,beta,,gamma,"
print(data.split(b","), data.split(b",", 2), data.rsplit(b",", 2), data.split(b",,"))
print(b"  a  b  ".split(), b"a\tb\nc".split(), b"".split(), b"".split(b","))
print(b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(keepends=True))
print(b"|".join([b"1", b"2"]), b"".join([bytearray(b"x"), bytes(b"y")]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(data.count(b","), data.find(b"gamma"), data.rfind(b","), data.index(b"beta"), data.startswith((b"x", b"al")))
print(b"hello".replace(b"l", b""), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"))
print(b"Hello World".swapcase(), b"hello world".title(), b"HELLO".lower(), b"mIxEd".upper())
print(b"%".join([b"a", b"b"]), b"a-b-c".partition(b"-"), b"no".partition(b"-"))
