# Tuple packing and unpacking
t = 1, 2, 3
print(t)
a, b, c = t
print(a, b, c)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
nums, names = zip(*pairs)
print(nums, names)
first, *rest = t
print(first, rest, type(rest).__name__)
(x, y), z = (10, 20), 30
print(x, y, z)
swap = (1, 2)
swap = swap[1], swap[0]
print(swap)
record = ("Ann", (1990, 5, 17), ["py", "c"])
name, (year, month, day), langs = record
print(name, year, month, day, langs)
print(tuple(reversed(t)), tuple([x * 2 for x in t]))
print(len((1, (2, 3), [4, 5, 6])), sum((1, 2, 3)), max(("b", "a", "c")))
