# Return values of every shape
def none_implicit():
    pass
def tuple_ret():
    return 1, "two", [3]
def nested_ret():
    return [1, (2, {3: 4})]
def func_ret():
    def inner():
        return "inner called"
    return inner
def early(n):
    if n:
        return "truthy"
print(none_implicit(), tuple_ret(), nested_ret())
print(func_ret()())
print(early(1), early(0))
a, (b, c) = 1, tuple_ret()[1:]
print(a, b, c)
def gen_list(n):
    return [i for i in range(n)]
r1 = gen_list(3)
r2 = gen_list(3)
print(r1 == r2, r1 is r2)
def identity(x):
    return x
obj = [1]
print(identity(obj) is obj)
def swap(a, b):
    return b, a
print(swap(*swap(1, 2)))
def multi_exit(x):
    for i in range(x):
        if i == 3:
            return "three"
    while x > 100:
        return "big"
    return "fell through"
print(multi_exit(10), multi_exit(2), multi_exit(200))
def ret_dict():
    return {"k": [1, 2]}
print(ret_dict()["k"][1])
print(type(none_implicit()).__name__)
