# Recursion over nested data
def deep_sum(x):
    if isinstance(x, (list, tuple)):
        return sum([deep_sum(i) for i in x])
    if isinstance(x, dict):
        return sum([deep_sum(v) for v in x.values()])
    return x if isinstance(x, (int, float)) else 0
print(deep_sum([1, (2, 3), {"a": [4, {"b": 5}]}, "skip", 6.5]))
def depth(x):
    if isinstance(x, list):
        return 1 + max([depth(i) for i in x], default=0)
    return 0
print(depth([]), depth([1]), depth([[1, [2]], [[[3]]]]))
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
print(merge_sort([5, 3, 9, 1, 5, 0, -2, 8]))
def quick(a):
    if len(a) < 2:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
print(quick([3, 6, 1, 8, 2, 9, 2]))
def subsets_sum(nums, target):
    if target == 0:
        return 1
    if not nums or target < 0:
        return 0
    return subsets_sum(nums[1:], target - nums[0]) + subsets_sum(nums[1:], target)
print(subsets_sum([1, 2, 3, 4, 5, 6], 7))
def to_str(x):
    if isinstance(x, list):
        return "[" + ",".join([to_str(i) for i in x]) + "]"
    return str(x)
print(to_str([1, [2, [3, []]], 4]))
