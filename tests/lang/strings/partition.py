# partition and rpartition
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("hello world".partition(" "), "path/to/file.txt".rpartition("/"), "file.tar.gz".rpartition("."))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
conf = "a=1\nb = 2\nbad line\nc=x=y"
for line in conf.splitlines():
    k, s, v = line.partition("=")
    print(repr(k.strip()), bool(s), repr(v.strip()))
