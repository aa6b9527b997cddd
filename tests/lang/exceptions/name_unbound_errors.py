# NameError and UnboundLocalError messages
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e)
show(lambda: not_defined_anywhere)
def uses_before_assign():
    print(x)
    x = 1
show(uses_before_assign)
def del_then_use():
    y = 1
    del y
    return y
show(del_then_use)
def maybe(flag):
    if flag:
        z = 1
    return z
print(maybe(True))
show(lambda: maybe(False))
def closure_unbound():
    def inner():
        return v
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    v = 3
    return inner()
print(closure_unbound())
counter = 0
def bad_increment():
    counter += 1
show(bad_increment)
def comprehension_name():
    return [unknown_in_comp for _ in range(1)]
show(comprehension_name)
show(lambda: __builtins_missing__)
