# raise ... from and __cause__ / __context__ / __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        int("z")
    except ValueError:
        raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("implicit")
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("direct") from ValueError("cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise KeyError("x") from KeyError
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    except ValueError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            raise KeyError("c")
except KeyError as third:
    print(repr(third.__context__), repr(third.__context__.__context__))
