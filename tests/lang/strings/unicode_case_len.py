# Case mapping changes length for some characters
cases = ["ß", "ﬃ", "İ", "ŉ", "ǰ", "ΐ", "Straße", "ﬁx", "ᾳ", "Σ", "ΌΣΟΣ", "aΣb", "Σa"]
for s in cases:
    print(repr(s), len(s), repr(s.upper()), len(s.upper()), repr(s.lower()), len(s.lower()), repr(s.casefold()), repr(s.title()))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ß".isupper(), "ß".islower())
print("ⅷ".upper(), "Ⅷ".lower(), "ⓐ".upper(), "Ⓐ".isupper())
print("hello world".title(), "hello-world_foo bar".title(), "they're".title(), "3rd place".title(), "ÉCOLE".capitalize())
