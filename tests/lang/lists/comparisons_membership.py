# list comparisons, in, equality with other types
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print([] < [0], [[1]] < [[2]], ["a", 1] < ["b", 0], [1, 2] <= [1, 2], [3] >= [2, 100])
print([1, 2] == (1, 2), [1] == [1.0], [True] == [1], [[]] == [[]], [None] == [None])
print(1 in [1, 2], "1" in [1, 2], [1] in [[1], 2], None in [None], 1.0 in [1], 3 not in [1, 2])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 2], [1, 2] == [1, "2"])
nan = float("nan")
L = [nan]
print(L == L, L == [nan], L == [float("nan")], nan in L, float("nan") in L)
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1]]), sorted([[3], [1, 2], [1]]))
print([1, 2, 3].index(2), [[1], [2]].index([2]), [1, 2, 3].count(2), [[1], [1]].count([1]))
print(len([[], [], []]), len([[1, 2, 3]]), bool([]), bool([[]]), [0] * 3 == [0, 0, 0])
