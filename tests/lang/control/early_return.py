# return in loops and nested blocks
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(first_negative([1, 2, -3, 4, -5]))
print(first_negative([1, 2]))
def nested_search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1
g = [[1, 2], [3, 4], [5, 6]]
print(nested_search(g, 4), nested_search(g, 7))
def while_ret(n):
    while True:
        n += 1
        if n % 7 == 0:
            return n
print(while_ret(10), while_ret(0))
def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
def multi():
    return 1, 2, 3
print(multi(), type(multi()).__name__)
def return_in_match(v):
    match v:
        case [x, *_]:
            return "seq", x
        case _:
            return "other"
print(return_in_match([5, 6]), return_in_match(3))
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"
print([classify(i) for i in (-1, 0, 1)])
