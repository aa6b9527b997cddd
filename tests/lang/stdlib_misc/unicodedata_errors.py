# unicodedata's errors for bad arguments.
import unicodedata

attempts = [
    lambda: unicodedata.category(1),
    lambda: unicodedata.category("ab"),
    lambda: unicodedata.category(""),
    lambda: unicodedata.category(),
    lambda: unicodedata.category("a", "b"),
    lambda: unicodedata.bidirectional(None),
    lambda: unicodedata.combining(1.5),
    lambda: unicodedata.mirrored("xy"),
    lambda: unicodedata.east_asian_width(b"a"),
    lambda: unicodedata.decomposition(1),
    lambda: unicodedata.decomposition("ab", 1),
    lambda: unicodedata.name(1),
    lambda: unicodedata.name("ab"),
    lambda: unicodedata.name("a", "b", "c"),
    lambda: unicodedata.name(),
    lambda: unicodedata.name("\x00"),
    lambda: unicodedata.name("\u0378"),
    lambda: unicodedata.name(chr=1),
    lambda: unicodedata.lookup(1),
    lambda: unicodedata.lookup("NO SUCH CHARACTER"),
    lambda: unicodedata.lookup(""),
    lambda: unicodedata.lookup("x" * 300),
    lambda: unicodedata.lookup(b"nope"),
    lambda: unicodedata.lookup(),
    lambda: unicodedata.lookup(b"\xff"),
    lambda: unicodedata.lookup(b"caf\xc3\xa9"),
    lambda: unicodedata.lookup("x\ud800"),
    lambda: unicodedata.lookup("\u00e9"),
    lambda: unicodedata.lookup(bytearray(b"DIGIT ONE")),
    lambda: unicodedata.decimal("a"),
    lambda: unicodedata.decimal("\u00bd"),
    lambda: unicodedata.digit("a"),
    lambda: unicodedata.digit("\u00bd"),
    lambda: unicodedata.numeric("a"),
    lambda: unicodedata.numeric(1),
    lambda: unicodedata.decimal("a", 1, 2),
    lambda: unicodedata.digit(),
    lambda: unicodedata.normalize("NFX", "a"),
    lambda: unicodedata.normalize("nfc", "a"),
    lambda: unicodedata.normalize(1, "a"),
    lambda: unicodedata.normalize("NFC", 1),
    lambda: unicodedata.normalize("NFC"),
    lambda: unicodedata.is_normalized("X", "a"),
    lambda: unicodedata.is_normalized("NFC", None),
]
for attempt in attempts:
    try:
        print("returned", attempt())
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

unicodedata.name("\x01")
