# count/index/remove with nested and equal-but-different values
L = [1, 1.0, True, [1], (1,), "1", [1], 0, False, 0.0]
print(L.count(1), L.count([1]), L.count(0), L.count("1"), L.count((1,)))
print(L.index(True), L.index([1]), L.index(False), L.index(0.0), L.index("1"))
L.remove(True)
print(L)
L.remove([1])
print(L)
nan = float("nan")
M = [nan, 1]
print(M.count(nan), M.index(nan), [float("nan")].count(nan))
N = [[1, 2], [1, 2], [2, 1]]
print(N.count([1, 2]), N.index([2, 1]), [1, 2] in N, [3] in N)
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2), [1, 2, 3].index(3, -1, 5))
