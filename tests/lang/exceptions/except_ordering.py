# The first matching except clause wins
def which(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except (ZeroDivisionError, OverflowError):
        return "Zero/Overflow"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception as e:
        return "Exception(" + type(e).__name__ + ")"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FloatingPointError(), ValueError(), TypeError()]:
    print(type(exc).__name__, "->", which(exc))
handlers = (TypeError, ValueError)
try:
    int("q")
except handlers as e:
    print("dynamic tuple:", type(e).__name__)
nested = (KeyError, (IndexError, ValueError))
try:
    try:
        raise ValueError
    except nested:
        print("nested tuple matched")
except TypeError as e:
    print("nested tuple rejected:", e)
try:
    try:
        raise ValueError("not matched")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated:", e)
try:
    raise StopIteration
except Exception:
    print("StopIteration is an Exception")
try:
    raise SystemExit(0)
except Exception:
    print("not here")
except BaseException as e:
    print("SystemExit is only a BaseException", repr(e))
