# Remaining str methods: index on unicode, istitle, count, splitlines keepends, zfill...
s = "The Quick Brown Fox"
print(s.istitle(), s.lower().istitle(), s.swapcase(), s.index("Q"), s.rindex("o"))
print("abc".isidentifier(), "a-b".isidentifier(), "_".isidentifier(), "class".isidentifier(), "ñ".isidentifier())
print("Hello\tWorld".expandtabs(10), "x".join(["1", "2", "3"]), "ab".__add__("cd"))
print("%s" % "a".__mul__(3), "ab".__getitem__(1), "abc".__contains__("d"))
print(s.split(" ", 2), s.rsplit(" ", 2), s.lower().count("o"))
print("hello"[::-1].upper().center(11, "~").replace("~", "-", 2))
print(len(dir("")) > 40, "split" in dir(str), "upper" in dir(""))
print("Python".find("th"), "Python".find("TH"), "Python".lower().find("th".lower()))
print("ab\ncd\n".splitlines(keepends=True), "ab\r\ncd".splitlines(keepends=True))
print(" ".isspace(), "".isspace(), "a".isupper(), "A".isupper(), "1".isupper())
print("abc" < "abd" < "b", "B".lower() in "abc", "xyz".upper() * 2)
