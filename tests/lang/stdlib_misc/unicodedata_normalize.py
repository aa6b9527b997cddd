# unicodedata.normalize and is_normalized in the four forms.
import unicodedata

samples = [
    "",
    "plain ascii",
    "e\u0301",
    "\u00e9",
    "\ufb01ne",
    "\u2460\u00bd",
    "\u1e9b\u0323",
    "a\u0323\u0307b\u0307\u0323",
    "\uac00\u11a8",
    "\u1100\u1161\u11a8",
    "\u212b\u2126",
    "\uff21\uff22\u3000",
    "x\ud800y",
    "\u0958\u09dc",
    "\u2adc\u2add\u0338",
    "\U0001d15e\U0001d1bb",
]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        result = unicodedata.normalize(form, s)
        print(form, ascii(s), "->", ascii(result), unicodedata.is_normalized(form, s))

s = "already normal"
print(unicodedata.normalize("NFC", s) is s)


class Text(str):
    pass


result = unicodedata.normalize("NFD", Text("\u00e9"))
print(ascii(result), type(result).__name__)
