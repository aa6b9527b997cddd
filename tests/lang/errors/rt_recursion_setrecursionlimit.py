import sys
sys.setrecursionlimit(60)

def depth(n):
    return depth(n + 1)

print("limit set")
depth(0)
