# raising things that are not exceptions
for bad in [5, "string", None, [1], ValueError and int]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, "|", e)
try:
    raise ValueError
except ValueError as e:
    print("class instantiated:", repr(e))
try:
    raise KeyError from None
except KeyError as e:
    print(repr(e), e.__suppress_context__)
def deep(n):
    if n == 0:
        raise IndexError("deep error")
    return deep(n - 1)
try:
    deep(50)
except IndexError as e:
    print("from depth:", e)
try:
    try:
        raise OSError(2, "msg")
    except OSError as e:
        print(e.errno, e.strerror, e)
        raise
except Exception as e:
    print("outer", type(e).__name__)
