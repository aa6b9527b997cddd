# upper, lower, title, capitalize, swapcase, casefold
samples = ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "123abc", "ß straße", "ǅungla", "ΣΊΣΥΦΟΣ", "i̇stanbul", "mixed-Case_words", "", "ﬁne"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello".islower(), "Hello".istitle(), "HELLO".isupper(), "123".islower(), "a1".islower(), "Hello World".istitle())
print("ΑΒΓ".lower(), "αβγ".upper(), "ǈ".upper(), "ǈ".lower(), "ǈ".title())
print("ABC".lower() == "abc", "straße".casefold() == "STRASSE".casefold())
for s in ["hello", "HELLO", "Hello", "hELLO", "123", "hello world", "Hello World", "HELLO WORLD", "hello World", "a1b2", "A1B2", "A", "a", "ǅ"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.upper() == s, s.lower() == s)
print("python is fun".title(), "PYTHON IS FUN".capitalize(), "pYTHON".swapcase(), "Python".casefold())
print("hello_world-foo bar.baz".title(), "2nd-place 3RD".title(), "don't stop".title())
print("MiXeD".lower().upper().swapcase(), "".upper(), "".title(), " ".capitalize(), "1a".capitalize())
print("ǈ".swapcase(), "Ǉ".swapcase(), "ǉ".swapcase(), "ǅ".casefold())
print([c.upper() for c in "straße"], "".join([c.upper() for c in "straße"]), "straße".upper())
vals = ["Apple", "apple", "APPLE", "aPPLE"]
print(sorted(vals), sorted(vals, key=str.lower), sorted(vals, key=str.swapcase), len(set([v.casefold() for v in vals])))
print("TITLE".istitle(), "Title Case".istitle(), "Title case".istitle(), "1St".istitle(), "A1 B2".istitle())
print("abc".upper().isupper(), "ABC".lower().islower(), "ß".upper().isupper(), "ﬁ".upper())
