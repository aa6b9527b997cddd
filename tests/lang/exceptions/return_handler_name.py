# `return name` inside `except ... as name` returns the exception: the name is cleared only
# after the value has been taken.
def caught(f):
    try:
        f()
    except Exception as e:
        return e


def nested():
    try:
        raise KeyError("outer")
    except KeyError as outer:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            return outer, inner


def in_loop():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i == 1:
                return e


def with_finally():
    try:
        raise TypeError("t")
    except TypeError as e:
        try:
            return e
        finally:
            print("finally ran")


def after_handler():
    try:
        raise OSError("o")
    except OSError as e:
        pass
    try:
        return e
    except NameError as n:
        return n


print(repr(caught(lambda: 1 / 0)))
print(repr(caught(lambda: [][1])))
print(nested())
print(repr(in_loop()))
print(repr(with_finally()))
print(repr(after_handler()))
