# unicodedata's character properties, for characters whose data did not change between
# Unicode 14 and 15.
import unicodedata

chars = "aZ5 \t\n½²٣万Ⅻ×é\u0301\u0300\u05d0\u0627(]«₩Ａｶ가\u200b\u2028€ǅ\U0001F600\U00010400"
for c in chars:
    print(
        f"U+{ord(c):04X}",
        unicodedata.category(c),
        repr(unicodedata.bidirectional(c)),
        unicodedata.combining(c),
        unicodedata.mirrored(c),
        unicodedata.east_asian_width(c),
        unicodedata.decimal(c, None),
        unicodedata.digit(c, None),
        unicodedata.numeric(c, None),
        unicodedata.name(c, "<no name>"),
    )

# One-step decompositions with their tags; none for Hangul syllables (algorithmic).
for c in "aé\u00c5\u1e9b\u0344\u2126\ufb01½\u2460²\u00a0\u3000\uff76\u0958\ufdfa가각\U0001D400":
    print(f"U+{ord(c):04X}", repr(unicodedata.decomposition(c)))

# Unassigned and private-use code points.
for c in "\u0378\ue000\U0010FFFF":
    print(f"U+{ord(c):04X}", unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.east_asian_width(c), unicodedata.name(c, None))

# The defaults are returned as they are, whatever their type.
print(unicodedata.decimal("x", [1]), unicodedata.digit("x", "d"), unicodedata.numeric("x", 0))
print(type(unicodedata.decimal("7")).__name__, type(unicodedata.numeric("7")).__name__)

# Names, name aliases, named sequences, Hangul syllables and CJK ideographs.
for name in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "SNOWMAN",
             "LINE FEED", "BYTE ORDER MARK", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E07", "GRINNING FACE"]:
    found = unicodedata.lookup(name)
    print(name, "->", [f"U+{ord(c):04X}" for c in found])
print(unicodedata.lookup(b"DIGIT ZERO"))
print(unicodedata.name("\uac00"), unicodedata.name("\u4e07"), unicodedata.name("\ud7a3"))
print(type(unicodedata.unidata_version).__name__, unicodedata.unidata_version.count("."))
