# Sorting with composite keys and multi-pass stability
records = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 2.5), ("a", 1, 1.0), ("b", 1, 0.0)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[1], r[2])))
tmp = sorted(records, key=lambda r: r[2], reverse=True)
print(sorted(tmp, key=lambda r: r[0]))
words = ["Delta", "alpha", "Charlie", "bravo", "echo", "Alpha"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
nums = [10, -3, 7, -3, 0, 2, -8]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: (v < 0, abs(v)), reverse=True)
print(nums)
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed), sorted(mixed, key=float), sorted(mixed, key=lambda v: -v))
print(sorted("the quick brown fox".split(), key=lambda w: w[-1]))
