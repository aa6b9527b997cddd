# X.__new__(cls) refuses classes whose instances X cannot lay out ("is not safe").
class I(int): pass
class J(I):
    def __new__(cls, v): return super().__new__(cls, v)
class MyExc(ValueError): pass
class L(list): pass
for f in (lambda: object.__new__(int), lambda: object.__new__(I), lambda: object.__new__(J), lambda: object.__new__(MyExc), lambda: int.__new__(bool), lambda: object.__new__(L), lambda: list.__new__(L), lambda: int.__new__(J, 5), lambda: object.__new__(ValueError), lambda: BaseException.__new__(MyExc), lambda: object.__new__(type), lambda: type.__new__(type, "X", (), {})):
    try: print(type(f()).__name__)
    except TypeError as e: print(e)
