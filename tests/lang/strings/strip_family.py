# strip, lstrip, rstrip with and without characters
s = "   \t hello world \n  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "hello".strip(""))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".mocx"), "aaa".strip("a") == "")
print(repr("\u3000full width space\u3000".strip()), repr("\xa0nbsp\xa0".strip()))
print("  a  ".strip(None), "--x--".lstrip("-"), "--x--".rstrip("-"))
print(repr("".strip()), repr("   ".strip()), "12300".rstrip("0"), "00123".lstrip("0"))
print("prefix_value".removeprefix("prefix_"), "value_suffix".removesuffix("_suffix"))
print("abc".removeprefix("x"), "abc".removesuffix("x"), "aaa".removeprefix("a"), "".removeprefix(""))
print("test.py.py".removesuffix(".py"), "abc".removeprefix("abc"), "abc".removesuffix(""))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
lines = ["  alpha\n", "beta  \n", "\tgamma\t\n"]
print([l.strip() for l in lines], [l.rstrip("\n") for l in lines])
