# replace, find, rfind, index, rindex, count
s = "the cat sat on the mat with the hat"
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("at", ""), s.replace("", "-")[:20])
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "".replace("", "z"), "abc".replace("", "-", 2))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("xyz"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.index("t", -5), s.find("t", -3, -1))
for f in [lambda: s.index("dog"), lambda: s.rindex("dog"), lambda: "abc".index("c", 0, 2)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"), s.count("t", 10, 20))
print("abcabc".count("abc", 1), "".count(""), "abc".count("", 1))
print("héllo".find("l"), "😀a😀".rfind("😀"), "😀a😀".count("😀"), "ßss".find("ss"))
print("mississippi".replace("ss", "SS").replace("i", "1", 3))
text = "one two one two one"
positions = []
i = text.find("one")
while i != -1:
    positions.append(i)
    i = text.find("one", i + 1)
print(positions)
