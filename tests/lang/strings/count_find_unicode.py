# find/count/replace with non-ASCII and emoji indices count code points
s = "añb😀c😀dé"
print(len(s), s.find("😀"), s.rfind("😀"), s.index("c"), s.count("😀"), s.find("é"))
print(s.replace("😀", "<smile>"), s.split("😀"), s.partition("😀"), s.rpartition("😀"))
print(s[3], s[-2:], s[::2], s.upper(), s.encode("utf-8").count(b"\xf0"))
print("日本語テキスト".find("テ"), "日本語テキスト"[3:], "日本語".center(7, "・"))
print("é" in "café", "e" in "café", "cafe\u0301" == "café", len("cafe\u0301"), len("café"))
text = "🍎🍌🍎🍇🍎"
print(text.count("🍎"), text.replace("🍎", "A", 2), text.index("🍇"), text[::-1], sorted(text)[0] == "🍇" or sorted(text)[0] == "🍌")
print([c for c in "a😀b"], list(map(ord, "😀")), "😀".isprintable(), "\u200d".isprintable())
