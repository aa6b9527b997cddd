# Exceptions as values: store, compare, raise later
errors = []
for v in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors])
stored = errors[1]
try:
    raise stored
except ValueError as e:
    print("raised stored:", e is stored)
exc_types = [KeyError, IndexError, ZeroDivisionError]
for t in exc_types:
    try:
        raise t("msg for " + t.__name__)
    except LookupError as e:
        print("lookup:", repr(e))
    except Exception as e:
        print("other:", repr(e))
def make_error(kind):
    return {"k": KeyError, "v": ValueError}[kind]("made")
try:
    raise make_error("v")
except ValueError as e:
    print(e)
e1 = ValueError(1)
print(e1.args, type(e1) is ValueError, isinstance(e1, BaseException))
print(BaseException("base").args, repr(BaseException()))
