# Slice assignment and deletion, extended slices
L = list(range(10))
L[2:5] = ["a", "b"]; print(L)
L[1:1] = [100, 200]; print(L)
L[-2:] = []; print(L)
L[:0] = "xy"; print(L)
L[:] = range(6); print(L)
L[::2] = ["e0", "e2", "e4"]; print(L)
L[1::2] = [1, 3, 5]; print(L)
L[::-1] = list(range(6)); print(L)
del L[::3]; print(L)
del L[1:-1]; print(L)
L = list(range(10))
L[3:7] = (); print(L)
L[10:20] = [7]; print(L)
L[-100:1] = [-1]; print(L)
L[5:2] = ["inserted"]; print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    L[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
A = [1, 2, 3]
A[1:2] = A; print(A)
B = [1, 2, 3, 4]
B[::-2] = "ab"; print(B)
C = list(range(8))
del C[::-2]; print(C)
del C[100:]; print(C)
D = [0] * 5
D[1:4] = [9] * 10; print(D, len(D))
