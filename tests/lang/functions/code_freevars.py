# co_freevars names a function's closure cells, in the order of __closure__.
def outer(a, b):
    c = a + b
    unused = 0

    def inner(x):
        return x + c + a

    def plain(y):
        return y * 2

    def nested():
        def deepest():
            return b
        return deepest

    return inner, plain, nested, nested()


inner, plain, nested, deepest = outer(1, 2)
for f in (inner, plain, nested, deepest, outer):
    names = f.__code__.co_freevars
    cells = f.__closure__ or ()
    print(f.__name__, names, [cell.cell_contents for cell in cells], len(names) == len(cells))


class Box:
    size = 3

    def method(self):
        return __class__

    def lam(self):
        return lambda: self


print(Box.method.__code__.co_freevars, Box().lam().__code__.co_freevars)
print([(lambda: v).__code__.co_freevars for v in range(1)])
print(type(inner.__code__.co_freevars).__name__)
