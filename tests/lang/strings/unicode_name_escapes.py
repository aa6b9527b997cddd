# "\N{...}" knows every character name of Unicode 14.0, the aliases, and the names
# made by rule; letters may be in either case except in CJK and Hangul names.
samples = [
    "\N{LATIN SMALL LETTER A}",
    "\N{latin small letter sharp s}",
    "\N{Greek Capital Letter Omega}",
    "\N{EURO SIGN}",
    "\N{GRINNING FACE}",
    "\N{SNOWMAN}",
    "\N{ARABIC LETTER ALEF}",
    "\N{DEVANAGARI LETTER KA}",
    "\N{TIBETAN MARK TSA -PHRU}",
    "\N{EGYPTIAN HIEROGLYPH A001}",
    "\N{CUNEIFORM SIGN A}",
    "\N{MATHEMATICAL BOLD CAPITAL A}",
    "\N{BOX DRAWINGS LIGHT HORIZONTAL}",
    "\N{TANGUT COMPONENT-001}",
    "\N{NULL}",
    "\N{NUL}",
    "\N{LINE FEED}",
    "\N{LF}",
    "\N{BYTE ORDER MARK}",
    "\N{zwnj}",
    "\N{CJK UNIFIED IDEOGRAPH-4E00}",
    "\N{CJK UNIFIED IDEOGRAPH-20000}",
    "\N{CJK UNIFIED IDEOGRAPH-03400}",
    "\N{CJK COMPATIBILITY IDEOGRAPH-F900}",
    "\N{cjk compatibility ideograph-2f800}",
    "\N{NUSHU CHARACTER-1B170}",
    "\N{KHITAN SMALL SCRIPT CHARACTER-18B00}",
    "\N{HANGUL SYLLABLE GA}",
    "\N{HANGUL SYLLABLE GGAEGG}",
    "\N{HANGUL SYLLABLE A}",
    "\N{HANGUL SYLLABLE HIH}",
]
for s in samples:
    print(len(s), [hex(ord(c)) for c in s], ascii(s))
print("\N{SPACE}".join(["a", "b"]), f"\N{BULLET} {len(samples)}")
print(repr("\N{COMBINING ACUTE ACCENT}"), repr("\N{NO-BREAK SPACE}"), repr("\N{ZERO WIDTH SPACE}"))
