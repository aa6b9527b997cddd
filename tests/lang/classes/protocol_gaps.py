# isinstance hooks, unions, __get__ on functions, __set_name__ errors, MethodType, exc_info after throw().
class M(type):
    def __instancecheck__(c, i): return True
class A(metaclass=M): pass
print(isinstance(3, A), int | str, isinstance(3, int | str), isinstance("x", int | None), int | None)
def f(a: int): pass
print(hasattr(f, '__get__'), hasattr(staticmethod(f), '__get__'), classmethod(f).__annotations__)
class D:
    def __set_name__(s, o, n): raise TypeError("nope")
try:
    class C:
        a = D()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
class A2:
    def m(self): return 1
a = A2()
print(type(a.m)(A2.m, a)())
def g():
    try: yield 1
    except ValueError: yield 2
gen = g(); next(gen); gen.throw(ValueError("x"))
import sys; print(sys.exc_info()[0])
print(list[int | str], issubclass(bool, int | str))
