# Catching via base classes across many builtin exceptions
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "name":
        return undefined_thing
    if kind == "unbound":
        def f():
            v += 1
        return f()
    if kind == "attr":
        return (1).nope
    if kind == "recursion":
        def r():
            return r()
        return r()
    if kind == "type":
        return 1 + "1"
    if kind == "value":
        return int("v")
    if kind == "stop":
        return next(iter([]))
    if kind == "assert":
        assert False, "asserted"
for kind in ["zero", "key", "index", "overflow", "name", "unbound", "attr", "recursion", "type", "value", "stop", "assert"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__, e)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__, e)
    except NameError as e:
        print(kind, "NameError", type(e).__name__, e)
    except RuntimeError as e:
        print(kind, "RuntimeError", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception", type(e).__name__, e)
