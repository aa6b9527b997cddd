# Which defs of a .mojo file stay Python: those written as Python (no static types,
# no `var`), those with Python annotations, and those that only name the static half
# but do not check as typed code.


fn double(x: Int) -> Int:
    return x * 2


def powers():
    # Python ints: no wrapping at 64 bits.
    x = 1
    for i in range(70):
        x *= 2
    return x


def python_annotations(n: int) -> int:
    return n**25


def with_default(x=4):
    return x * 10**20


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def uses_fn_and_python():
    # Names the fn `double` but prints a Python list: not typed code, so Python.
    print(double(21), [double(1), double(2)], {"k": double(3)})


def typed_square(x: Int) -> Int:
    return x * x


print(powers())
print(python_annotations(10))
print(with_default())
print(list(countdown(3)))
uses_fn_and_python()
# Python code calls a typed def like a fn: ints convert at the boundary.
print(typed_square(12), type(typed_square(3)).__name__)
try:
    typed_square(2**70)
except OverflowError as e:
    print("OverflowError:", e)
