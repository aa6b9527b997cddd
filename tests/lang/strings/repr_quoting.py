# repr quoting rules with mixed quotes and escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r", "bell\a", "nul\x00",
           "\x1b[0m", "del\x7f", "\x80\x9f", "nbsp\xa0", "soft\xad", "é", "\u200b", "\u2028", "\ud800", "😀", "\U000e0001", "\ufeff", ""]
for s in samples:
    print(repr(s), ascii(s))
print(str(["it's", 'q"q']), str(("a",)), str({"k'": "v\""}))
print(repr(repr("x")), repr(str(1)), str(repr("x")))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
