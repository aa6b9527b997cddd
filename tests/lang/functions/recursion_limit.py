# Deep recursion reaching the recursion limit
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print(isinstance(RecursionError(), RuntimeError))
def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)
print(safe_depth(500))
print(sys.getrecursionlimit())
def count_depth():
    d = 0
    def go():
        nonlocal d
        d += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return d > 500
print(count_depth())
print("still working after recursion errors:", safe_depth(100))
