from enum import Enum, Flag, unique


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


class Color(Enum):
    RED = 1
    GREEN = 2


attempt("bad value", lambda: Color(5))
attempt("bad str value", lambda: Color("red"))
attempt("bad name", lambda: Color["PURPLE"])
attempt("ordering", lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 3


attempt("reassign", reassign)


def delete():
    del Color.GREEN


attempt("delete", delete)


def extend():
    class More(Color):
        BLUE = 3


attempt("extend", extend)


def duplicate_name():
    class Twice(Enum):
        A = 1
        A = 2


attempt("duplicate name", duplicate_name)


def sunder():
    class Bad(Enum):
        _reserved_ = 1


attempt("sunder", sunder)


def not_unique():
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt("unique", not_unique)


def bad_missing():
    class Odd(Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            return "nonsense"

    return Odd(7)


attempt("bad _missing_", bad_missing)


def order_mismatch():
    class Letters(Enum):
        _order_ = "B A"
        A = 1
        B = 2


attempt("_order_", order_mismatch)


class Perm(Flag):
    R = 4
    W = 2


attempt("flag in", lambda: 1 in Perm.R)
attempt("flag or int", lambda: Perm.R | 1)
attempt("flag str value", lambda: Perm("r"))
attempt("member of other enum", lambda: Color(Perm.R))
Color(3)
