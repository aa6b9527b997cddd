# Case mapping changes length for some characters
cases = ["ß", "ﬃ", "İ", "ŉ", "ǰ", "ΐ", "Straße", "ﬁx", "ᾳ", "Σ", "ΌΣΟΣ", "aΣb", "Σa"]
for s in cases:
    print(repr(s), len(s), repr(s.upper()), len(s.upper()), repr(s.lower()), len(s.lower()), repr(s.casefold()), repr(s.title()))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ß".isupper(), "ß".islower())
print("ⅷ".upper(), "Ⅷ".lower(), "ⓐ".upper(), "Ⓐ".isupper())
print("hello world".title(), "hello-world_foo bar".title(), "they're".title(), "3rd place".title(), "ÉCOLE".capitalize())
pairs = [("ǆ", "title"), ("ǉ", "title"), ("ǌ", "upper"), ("ﬀ", "upper"), ("ﬅ", "upper"), ("ﬆ", "title"), ("ﬓ", "upper")]
for ch, op in pairs:
    r = getattr(ch, op)()
    print(repr(ch), op, repr(r), len(r), [hex(ord(c)) for c in r])
word = "ﬁnancial ßtraße ǳwon"
print(word.upper(), word.title(), word.capitalize(), word.swapcase(), word.casefold())
print(len(word), len(word.upper()), len(word.casefold()))
print("ΣΣ".lower(), "ΑΣ ΒΣ".lower(), "ΣΑΣ.".lower(), "Σ ".lower(), "aΣ".lower())
print("ǅemal".swapcase(), "İi".lower(), "ıI".upper(), [len(c.lower()) for c in "İI"])
print("µ".upper(), "ſ".upper(), "ͅ".upper(), "K".lower(), "Å".lower())
print("Ω".lower() == "ω", "Ω".casefold(), "ẞ".lower(), "ẞ".casefold(), "ß".casefold())
print(sorted(["b", "A", "á", "a", "B", "Á"]), sorted(["b", "A", "á", "a", "B", "Á"], key=str.casefold))
letters = "abcdefghijklmnopqrstuvwxyz"
print(letters.upper(), letters.upper().lower() == letters, letters.title(), letters.swapcase().swapcase() == letters)
print("hello world foo".title().swapcase(), "Mixed CASE tExT".capitalize())
print("o'neil mc-donald x2y".title(), "a.b,c;d".title())
