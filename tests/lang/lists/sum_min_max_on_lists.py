# Aggregates over lists
nums = [4, -2, 7, 0, 7, -9, 3]
print(sum(nums), min(nums), max(nums), len(nums), sorted(nums)[len(nums) // 2])
print(sum(nums, 100), sum([[1], [2, 3]], []), sum([0.1] * 10), sum([]), sum([True, True]))
print(max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)), nums.index(max(nums)))
print(max([], default="empty"), min([], default=None), max([[1], [2, 0]]))
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([]), any([]))
print([n for n in nums if n > 0], [abs(n) for n in nums], list(map(str, nums)))
running = []
t = 0
for n in nums:
    t += n
    running.append(t)
print(running)
print(sorted(set(nums)), len(set(nums)), [nums.count(n) for n in sorted(set(nums))])
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(round(sum(nums) / len(nums), 3))
