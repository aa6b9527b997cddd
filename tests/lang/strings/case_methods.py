# upper, lower, title, capitalize, swapcase, casefold
samples = ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "123abc", "ß straße", "ǅungla", "ΣΊΣΥΦΟΣ", "i̇stanbul", "mixed-Case_words", "", "ﬁne"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello".islower(), "Hello".istitle(), "HELLO".isupper(), "123".islower(), "a1".islower(), "Hello World".istitle())
print("ΑΒΓ".lower(), "αβγ".upper(), "ǈ".upper(), "ǈ".lower(), "ǈ".title())
print("ABC".lower() == "abc", "straße".casefold() == "STRASSE".casefold())
