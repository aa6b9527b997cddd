# All string prefix combinations
print(r"\n", R"\n", rb"\n", Rb"\n", rB"\n", RB"\n", br"\n", bR"\n", Br"\n", BR"\n")
print(f"{1}", F"{1}", rf"\{1}", fr"\{1}", Rf"\{1}", fR"\{1}", RF"\{1}", FR"\{1}")
print(u"u", U"U", b"b", B"B")
print(r'''raw\ttriple''', rb'''raw\ttriple''', rf'''{2}\t''')
print(r"\"", r'\'', len(r"\""), len(r'\''))
print(r"\\", len(r"\\"), r"a\
b")
print(f"{'a'}" "b" f"{'c'}" r"\d")
print(b"x" b"y", rb"\x" b"\x41")
print("\x41" r"\x41" f"\x41")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), r"\N{DASH}", len(r"\N{DASH}"))
