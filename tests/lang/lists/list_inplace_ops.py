# In-place list operations: +=, *=, extend with self, reverse slices
L = [1, 2]
L += L
print(L)
L.extend(L)
print(L)
L *= 2
print(len(L))
L[:] = L[::-1]
print(L[:5])
L[1:3] = L[1:3][::-1]
print(L[:5])
M = [3, 1, 2]
N = M
M += [4]
print(N, M is N)
M = M + [5]
print(N, M, M is N)
P = [[0]] * 2
P += [[0]]
P[0].append(1)
print(P)
Q = list(range(10))
Q[2:8:2] = [x * 100 for x in Q[2:8:2]]
print(Q)
Q.reverse()
Q.sort(key=lambda v: v % 7)
print(Q)
R = [5]
R *= 0
print(R, len(R))
