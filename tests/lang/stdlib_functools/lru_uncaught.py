# An unhashable argument to an lru_cache function fails before the function runs.
from functools import lru_cache

@lru_cache(maxsize=32)
def total(values):
    print("computing")
    return sum(values)

print(total((1, 2, 3)))
print(total((1, 2, 3)))
print(total([4, 5]))
