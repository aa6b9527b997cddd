# isdigit family, isalpha, isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "12.3", "½", "²", "٣", "Ⅻ", "abc", "abc123", "", " ", "\t\n", "\xa0", "_id", "1id", "def", "héllo", "\x00", "a b", "ABC", "😀", "\u2028", "٣٤", "AbC1_"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
digits = [c for c in "0123456789٠١٢٣४५๖७８９"]
print([c.isdigit() for c in digits], [c.isdecimal() for c in digits])
print([int(c) for c in digits])
specials = ["\u00b2", "\u00bd", "\u2155", "\u216b", "\u3007", "\u0f33"]
for s in specials:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
names = ["valid_name", "_private", "__dunder__", "CamelCase", "x1", "1x", "with space", "with-dash", "ünïcode", "名前", "", "a\u200bb", "if", "None"]
for n in names:
    print(repr(n), n.isidentifier())
for s in ["ABC", "abc", "Abc", "ABC1", "abc1", "1", "A B", "ǅ", "ß", "ΣΑ"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum())
printables = ["abc", "a\nb", "\t", " ", "\x7f", "\xa0", "\u00ad", "é", "\u2028", "😀", "\U000e0001", ""]
print([s.isprintable() for s in printables])
print([s.isascii() for s in ["", "abc", "\x7f", "\x80", "é", "😀"]])
print("".isdigit(), "".isalpha(), "".isalnum(), "".isspace(), "".isupper(), "".isidentifier(), "".isprintable())
