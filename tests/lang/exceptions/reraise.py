# Re-raising exceptions
def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except ValueError as e:
    print("outer caught:", e)
def reraise_named():
    try:
        int("x")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_named()
except ValueError as e:
    print("re-raised saved exception:", e)
def translate():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError("translated " + str(e))
try:
    translate()
except LookupError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print("class raised:", repr(e), e.args)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally during propagation")
except KeyError as e:
    print("after finally:", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
