print("ok")
s = "\N{HANGUL SYLLABLE GAX}"
