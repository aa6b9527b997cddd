# repr quoting rules with mixed quotes and escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r", "bell\a", "nul\x00",
           "\x1b[0m", "del\x7f", "\x80\x9f", "nbsp\xa0", "soft\xad", "é", "\u200b", "\u2028", "\ud800", "😀", "\U000e0001", "\ufeff", ""]
for s in samples:
    print(repr(s), ascii(s))
print(str(["it's", 'q"q']), str(("a",)), str({"k'": "v\""}))
print(repr(repr("x")), repr(str(1)), str(repr("x")))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
for s in ["'", '"', "'\"", "\"'", "''", '""', "'\"'", "\\'", '\\"']:
    print(len(s), repr(s), str([s]))
for cp in [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 126, 127, 128, 159, 160, 173, 255, 256, 0x2028, 0xfffe, 0xffff, 0x10ffff, 0x1f600]:
    print(hex(cp), repr(chr(cp)), ascii(chr(cp)))
print(repr("mix 'single' and \"double\" and \\back\\"))
print(repr("\N{ZERO WIDTH JOINER}"), repr("\N{NO-BREAK SPACE}"), repr("\N{COMBINING ACUTE ACCENT}"))
print(repr("e\u0301"), ascii("e\u0301"), len(repr("e\u0301")))
print(repr("a" * 5 + "'" + "b" * 5), repr("x\x00y\x00"), repr("\x00\x01\x02"))
print(repr(b"\x00'\""), repr("'" * 3), repr('"' * 3))
print(str(("it's",)), str({"k": "it's"}), str(["\n"]), [repr("\t")])
print(repr(repr(repr("'"))))
