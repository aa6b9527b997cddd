# BaseExceptionGroup/ExceptionGroup: construction (and which class it picks), every
# constructor error, str/repr, split/subgroup with types, tuples and predicates, derive and
# the metadata it keeps, subclasses, generic alias.
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except BaseException as e:
        print("!", type(e).__name__, e)
show(lambda: BaseExceptionGroup("m", [ValueError(1)]))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup(1, []))
show(lambda: BaseExceptionGroup("m", 1))
show(lambda: BaseExceptionGroup("m", []))
show(lambda: BaseExceptionGroup("m", [1]))
show(lambda: BaseExceptionGroup("m"))
show(lambda: BaseExceptionGroup("m", [ValueError()], 3))
show(lambda: ExceptionGroup("m", (ValueError(),)).args)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), eg.message, eg.exceptions)
print(str(ExceptionGroup("one", [ValueError()])))
print(eg.subgroup(ValueError))
print(eg.subgroup(ValueError) is eg, eg.subgroup(Exception) is eg, eg.subgroup(OSError))
m, r = eg.split(ValueError); print(repr(m), repr(r))
m, r = eg.split((KeyError, TypeError)); print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1); print(repr(m), repr(r))
print(eg.split(Exception)[0] is eg, eg.split(OSError))
show(lambda: eg.split(1))
show(lambda: eg.subgroup("x"))
e1 = ExceptionGroup("x", [ValueError(1)])
e1.__notes__ = ["note"]
e1.__cause__ = KeyError("c")
s = e1.subgroup(lambda e: True)
print(s is e1)
d = e1.derive([TypeError(5)])
print(repr(d), d.__cause__, getattr(d, "__notes__", None))
s2 = ExceptionGroup("x", [ValueError(1), TypeError(2)])
s2.__notes__ = ["n"]; s2.__cause__ = KeyError("c")
sub = s2.subgroup(ValueError)
print(repr(sub), sub.__notes__, repr(sub.__cause__), sub.__traceback__)
class MyEG(ExceptionGroup):
    pass
print(repr(MyEG("m", [ValueError()]).derive([KeyError()])), type(MyEG("m", [ValueError()]).subgroup(ValueError)).__name__)
print(isinstance(eg, Exception), ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(ExceptionGroup[int])
show(lambda: MyEG("m", [KeyboardInterrupt()]))
try:
    raise ExceptionGroup("raised", [ValueError("v"), TypeError("t")])
except ExceptionGroup as caught:
    print("caught", repr(caught), caught.__traceback__ is not None)
    rest = caught.subgroup(TypeError)
    print(repr(rest), rest.__traceback__ is caught.__traceback__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__module__, ExceptionGroup.__name__)
