# sort/sorted stability with key and reverse
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
byname = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(byname, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, 5, -3, 5]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda x: x % 3))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
L = [5, 2, 8]
r = L.sort()
print(r, L, sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 2, 1)))
pairs = [(i % 3, i) for i in range(12)]
pairs.sort(key=lambda t: t[0], reverse=True)
print(pairs)
print(sorted(range(10), key=lambda x: (x % 2, -x)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all([s[i] <= s[i + 1] for i in range(len(s) - 1)]))
