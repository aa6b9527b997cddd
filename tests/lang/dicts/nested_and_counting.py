# Nested dicts, counting, grouping, inverting
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:8], len(letters))
db = {"alice": {"age": 30, "langs": ["py"]}, "bob": {"age": 25, "langs": []}}
db["alice"]["langs"].append("c")
db["carol"] = {"age": 35, "langs": ["go", "rust"]}
for name, info in db.items():
    print(name, info["age"], ",".join(info["langs"]) or "-")
print(sum([v["age"] for v in db.values()]), {k: len(v["langs"]) for k, v in db.items()})
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max([depth(v) for v in t.values()]) if t else 0
print(depth(tree))
