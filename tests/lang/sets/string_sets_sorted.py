# Sets of strings printed only through sorted()
words = "the quick brown fox jumps over the lazy dog the fox".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
print(sorted(uniq & {"fox", "cat", "dog"}), sorted(uniq - {"the"}), sorted({"a", "b"} ^ {"b", "c"}))
vowels = set("aeiou")
print(sorted(set("programming") & vowels), sorted(set("rhythm") - vowels))
print("fox" in uniq, "cat" in uniq, len(set("")), len(set("abcabc")))
seen = set()
dupes = []
for w in words:
    if w in seen:
        dupes.append(w)
    seen.add(w)
print(dupes)
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print(sorted(frozenset(["b", "a"])), sorted(set(["x"]) | set(["y"])))
first_letters = {}
for w in sorted(uniq):
    first_letters.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(first_letters.items())})
