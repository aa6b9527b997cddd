# Shadowing builtins locally and globally, then restoring
print(sum([1, 2]), max(3, 4), str(5))
def local_shadow():
    sum = 100
    max = "not a function"
    return sum, max
print(local_shadow(), sum([1, 2]))
list = "shadowed list"
print(list)
try:
    list("abc")
except TypeError as e:
    print(type(e).__name__, e)
del list
print(list("abc"))
def param_named_like_builtin(id, type, input):
    return id + type + input
print(param_named_like_builtin(1, 2, 3))
print = print
print("print rebound to itself works")
def use_len(len=len):
    return len("four")
print(use_len(), use_len(lambda s: -1))
True_ = True
print(True_, None is None)
