# LEGB name resolution
x = "global x"
len_backup = len
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadows_builtin(), len("abc"))
len = lambda s: "global shadow"
print(len("abc"))
del len
print(len("abc"), len is len_backup)
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print(nested_levels())
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def late_global():
    return y_defined_later
y_defined_later = "defined after function"
print(late_global())
def uses_builtin_names():
    return [max([3, 1]), min([3, 1]), abs(-1), sum([1, 2])]
print(uses_builtin_names())
