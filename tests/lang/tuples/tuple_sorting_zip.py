# Sorting and zipping tuples
scores = (("ann", 88), ("bob", 95), ("cid", 88), ("dee", 70))
ranked = sorted(scores, key=lambda p: (-p[1], p[0]))
for rank, (name, score) in enumerate(ranked, 1):
    print(rank, name, score)
names, vals = zip(*scores)
print(names, vals, type(names).__name__)
print(tuple(zip(names, vals)) == scores, dict(scores)["bob"])
pairs = tuple(zip(range(3), "abc", (True, False, None)))
print(pairs)
print(max(scores, key=lambda p: p[1]), min(scores), sorted(scores, reverse=True)[0])
print(tuple(map(lambda p: p[0].upper(), scores)), tuple(filter(lambda p: p[1] > 80, scores)))
