from fractions import Fraction as F


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


attempt("zero denominator", lambda: F(1, 0))
attempt("bad literal", lambda: F("abc"))
attempt("zero in string", lambda: F("1/0"))
attempt("float and int", lambda: F(1.5, 2))
attempt("list", lambda: F([]))
attempt("nan", lambda: F(float("nan")))
attempt("inf", lambda: F(float("inf")))
attempt("double underscore", lambda: F("1__0"))
attempt("negative denominator text", lambda: F("1/-2"))
attempt("empty", lambda: F(""))
attempt("spaces inside", lambda: F("1 / 2"))
attempt("limit 0", lambda: F(1, 3).limit_denominator(0))
attempt("from_float str", lambda: F.from_float("x"))
attempt("divide by zero", lambda: F(1, 3) / 0)
attempt("floor divide by zero", lambda: F(1, 3) // 0)
attempt("zero power", lambda: F(0) ** -1)
attempt("add str", lambda: F(1, 3) + "x")
attempt("compare str", lambda: F(1, 3) < "x")
attempt("format spec", lambda: format(F(1, 3), ".2f"))
F(3, 0)
