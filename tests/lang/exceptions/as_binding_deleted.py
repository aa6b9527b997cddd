# The "as" target is deleted at the end of the except block
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | saved: " + repr(saved)
print(f())
x = None
try:
    raise KeyError("k")
except KeyError as x:
    pass
print("x" in globals())
try:
    raise IndexError("i")
except IndexError:
    print("no as clause, fine")
def g():
    err = None
    try:
        [][0]
    except IndexError as err:
        pass
    return err
try:
    g()
except UnboundLocalError as ex:
    print(type(ex).__name__, ex)
