# isdigit family, isalpha, isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "12.3", "½", "²", "٣", "Ⅻ", "abc", "abc123", "", " ", "\t\n", "\xa0", "_id", "1id", "def", "héllo", "\x00", "a b", "ABC", "😀", "\u2028", "٣٤", "AbC1_"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
