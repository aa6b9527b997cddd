# split() with no separator splits on all Unicode whitespace
s = "a\u2003b\u3000c\x1cd\x1de\x1ef\x1fg\x85h\xa0i\u2028j\u2029k\u200bl\tm\vn\fo"
print(s.split())
print(len(s.split()), [c.isspace() for c in "\u2003\u3000\x1c\x85\xa0\u2028\u200b\t\v\f\r\n "])
print(repr(" \u3000 x \u2003 ".strip()), repr("\x85y\x85".strip()))
print("x\x1cy\x1dz\x1ew".splitlines(), "p\x0bq\x0cr".splitlines(), "\u2028".join(["a", "b"]).splitlines())
print("a b".split(" "), "a\u2003b".split(" "), "a\u2003b".split("\u2003"))
print(" ".join("  many   spaces here  ".split()), "tab\tand\nnewline".split())
ws = [chr(c) for c in range(0x3000 + 1) if chr(c).isspace()]
print(len(ws), [hex(ord(c)) for c in ws])
joined = "x".join(ws)
print(len(joined.split()), joined.split() == ["x"] * (len(ws) - 1), repr(joined.split()[0]))
print(repr("\x1c\x1d\x1e\x1f".strip()), "\x1c\x1d\x1e\x1f".isspace(), len("a\x1cb".splitlines()))
print("a\u00a0b".split(), "a\u00a0b".split(" "), "a\u202fb".split(), "a\u2007b".split())
text = "one\u2003two\u3000three\u00a0four\u205ffive"
print(text.split(), len(text.split()), text.split(maxsplit=2), text.rsplit(maxsplit=1))
for s in ["", " ", "\u3000", "a", " a ", "\u3000a\u3000b\u3000"]:
    print(repr(s), s.split(), s.split(None, 0), s.rsplit(None, 0), s.strip() == s.split() and "")
lines = "one\rtwo\r\nthree\nfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(lines.splitlines(), len(lines.splitlines()))
print(lines.splitlines(True)[:4])
print("trailing\n".splitlines(), "trailing\r\n\r\n".splitlines(), "\r\r".splitlines(), "\n\r".splitlines())
