# Exception args, str and repr
excs = [
    Exception(), Exception("one"), Exception("a", "b"), Exception(1, [2]),
    ValueError(""), KeyError("key"), KeyError(1), KeyError(), KeyError("a", "b"),
    IndexError("idx"), TypeError(None), ZeroDivisionError("division by zero"),
    StopIteration(5), SystemExit(2), OSError(2, "No such file"), AssertionError("msg"),
    RuntimeError(("tuple",)), NameError("n"), Exception("quote's"), Exception('dq"'),
]
for e in excs:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(2).code, SystemExit().code, SystemExit("m").code)
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
print(str(KeyError("a\nb")), repr(KeyError("a\nb")))
print(Exception("x") == Exception("x"))
