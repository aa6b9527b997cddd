# split() with no separator splits on all Unicode whitespace
s = "a\u2003b\u3000c\x1cd\x1de\x1ef\x1fg\x85h\xa0i\u2028j\u2029k\u200bl\tm\vn\fo"
print(s.split())
print(len(s.split()), [c.isspace() for c in "\u2003\u3000\x1c\x85\xa0\u2028\u200b\t\v\f\r\n "])
print(repr(" \u3000 x \u2003 ".strip()), repr("\x85y\x85".strip()))
print("x\x1cy\x1dz\x1ew".splitlines(), "p\x0bq\x0cr".splitlines(), "\u2028".join(["a", "b"]).splitlines())
print("a b".split(" "), "a\u2003b".split(" "), "a\u2003b".split("\u2003"))
print(" ".join("  many   spaces here  ".split()), "tab\tand\nnewline".split())
