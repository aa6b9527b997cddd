# Exceptions raised inside except / finally / else
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")
    finally:
        print("finally after else-raise")
except KeyError as e:
    print("else raise caught", e)
try:
    try:
        raise ValueError("lost?")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler_uses_var():
    try:
        {}[1]
    except KeyError as e:
        try:
            [][0]
        except IndexError as e2:
            return repr(e), repr(e2), repr(e2.__context__)
print(handler_uses_var())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError:
            pass
        raise
except ZeroDivisionError as e:
    print("bare raise re-raises the handled one:", e)
