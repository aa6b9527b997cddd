# Non-ASCII and emoji text: lengths, ord/chr, iteration
s = "naïve café — 日本語 😀👍🏽"
print(s, len(s))
print([c for c in s[-4:]])
print([ord(c) for c in "aé€😀"], [hex(ord(c)) for c in "日本"])
print(chr(97), chr(233), chr(0x20AC), chr(0x1F600), chr(0), repr(chr(0)), repr(chr(0x7F)), repr(chr(0xA0)))
print(s.upper(), s.split(), s[::-1])
print("👍🏽".encode(), len("👍🏽"), len("👍🏽".encode()))
print("日本語".center(9, "*"), "日本語" * 2, "日本" < "日本語", "é" > "e")
print(sorted("zéaÉ"), max("abc😀"), min("日本語"))
print(repr("tab\tnew\nuni\u00e9\u200b\U0001F600"), ascii("tab\tuni\u00e9\U0001F600"))
print("\N{EM DASH}", "\N{BLACK HEART SUIT}", "\u2665" == "\N{BLACK HEART SUIT}")
for ch in "a1 ?é😀":
    print(repr(ch), ord(ch), ch.isalpha(), ch.isprintable())
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
print(chr(ord("a") + 25), "".join([chr(ord("A") + i) for i in range(26)]))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
