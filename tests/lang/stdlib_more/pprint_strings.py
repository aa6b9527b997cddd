import pprint

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({"key": text, "other": ["short", text]}, width=50)
lines = "first line is here\nsecond line is somewhat longer than the first\n\nlast"
pprint.pprint(lines, width=25)
pprint.pprint([lines, lines.upper()], width=35)
pprint.pprint("averyveryverylongwordwithoutanyspacesatallthatcannotbesplit" * 2, width=20)
pprint.pprint("quotes ' and \" mixed   with   runs   of   spaces   " * 2, width=30)
pprint.pprint(b"binary data that is quite long and should be wrapped nicely" * 2, width=30)
pprint.pprint([b"\x00\x01\x02\x03\x04\x05\x06\x07" * 4], width=25)
pprint.pprint(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3), width=40)
pprint.pprint(("tuple", "with one very long string " * 5), width=45)
pprint.pprint("", width=1)
pprint.pprint(b"abc", width=1)
print(pprint.pformat("x" * 100, width=40))
