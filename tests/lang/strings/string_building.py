# Building strings in loops and with join
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s), repr(s.rstrip()))
line = "-" * 20
print(line, len(line))
acc = "a"
for _ in range(10):
    acc = acc + acc
print(len(acc), acc[:5])
rows = []
for r in range(1, 5):
    rows.append(" ".join([str(r * c).rjust(3) for c in range(1, 5)]))
print("\n".join(rows))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
def rle(t):
    res = []
    i = 0
    while i < len(t):
        j = i
        while j < len(t) and t[j] == t[i]:
            j += 1
        res.append(f"{j - i}{t[i]}")
        i = j
    return "".join(res)
print(rle("aaabccddddde"), rle(""), rle("z"))
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1])
words = "It was the best of times it was the worst of times".lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
