# Every list method
L = [3, 1, 4]
L.append(1); print(L)
L.extend([5, 9]); print(L)
L.extend("ab"); print(L)
L.insert(0, "start"); L.insert(100, "end"); L.insert(-1, "before-end"); L.insert(-100, "very-start"); print(L)
print(L.pop(), L.pop(0), L.pop(-2), L)
L.remove("a"); print(L)
print(L.index(1), L.index(1, 2), L.count(1), L.count("zz"))
L2 = [x for x in L if isinstance(x, int)]
L2.sort(); print(L2)
L2.sort(reverse=True); print(L2)
L2.reverse(); print(L2)
C = L2.copy(); C.append(0); print(L2, C)
C.clear(); print(C, len(C))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [1, "a"].sort()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
M = [5, 3]
print(M.append(1), M.sort(), M.reverse(), M.extend([]), M)
M += range(2)
print(M, M.__len__(), M.__contains__(3))
