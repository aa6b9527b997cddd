# Exception subclasses: repr/str/args with custom __init__ and __str__, keyword checks,
# and the TypeErrors of built-in exception methods called on the wrong object.
class MyError(Exception):
    pass
class E2(Exception):
    def __init__(self, code):
        self.code = code
class E3(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return f"E3[{self.args}, {self.b}]"
class E4(ValueError):
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
print(repr(MyError(1, 2)), str(MyError(1,2)), MyError(1,2).args)
print(repr(MyError()), repr(str(MyError())), repr(MyError('x')))
e = E2(5)
print(repr(e), repr(str(e)), e.args, e.code)
e = E3(1, 2)
print(repr(e), str(e), e.args)
e = E4(1, x=2)
print(repr(e), str(e), e.args, e.kw)
try:
    MyError(x=1)
except TypeError as ex:
    print("TE", ex)
try:
    E2()
except TypeError as ex:
    print("TE", ex)
try:
    E2(1, 2)
except TypeError as ex:
    print("TE", ex)
class E5(Exception):
    def __str__(self):
        return 42
try:
    str(E5())
except TypeError as ex:
    print("TE", ex)
class E6(Exception):
    def __repr__(self):
        return "E6!"
print(repr(E6(1)), str(E6(1)))
e = MyError(1)
e.args = (3, 4)
print(e, repr(e))
e.args = [5]
print(e, repr(e), type(e.args))
try:
    e.args = 5
except TypeError as ex:
    print("TE", ex)
class KE(KeyError): pass
print(str(KE('k')), repr(KE('k')), str(KeyError('a','b')))
class OE(OSError): pass
o = OE(2, 'No such file')
print(repr(o), str(o), o.errno, o.strerror, type(OSError(2, 'x')).__name__)
print(repr(OE(2, 'nf', 'fname')), str(OE(2, 'nf', 'fname')))
class SE(StopIteration): pass
print(SE(3).value, repr(SE(3)))
class UE(UnicodeError): pass
print(repr(UE('a')))
try:
    BaseException.__str__(5)
except TypeError as ex:
    print("TE", ex)
try:
    Exception.__init__(5)
except TypeError as ex:
    print("TE", ex)
e = MyError("m")
print(e.with_traceback(None) is e, e.__cause__, e.__context__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as ex:
    print("TE", ex)
class SX(SystemExit): pass
print(SX(3).code, repr(SX(3, 4)), SX(3,4).code)
print(repr(ImportError('m', name='n')), ImportError('m', name='n').name)
class IE(ImportError): pass
print(repr(IE('x', path='p')), IE('x', path='p').path)
try:
    ImportError('m', foo=1)
except TypeError as ex:
    print("TE", ex)
try:
    IE('m', foo=1)
except TypeError as ex:
    print("TE", ex)
print(MyError.__init__ is Exception.__init__, MyError.__str__)
print(E2.__mro__)
e = MyError(1)
e.x = 3
print(e.__dict__)
print(MyError.__dict__.keys() if False else sorted(MyError.__dict__))
print(repr(AttributeError('a', name='n', obj=3)), AttributeError('a', name='n', obj=3).name)
print(repr(NameError('a', name='n')))
print(list.__len__, list.__getitem__, dict.__contains__, object.__init__, int.__add__, str.__format__, type.__call__, list.__iadd__, int.__round__, ValueError.__init__, BaseException.__str__, BaseException.with_traceback, object.__eq__, set.__contains__)
for f in (lambda: BaseException.__str__(5), lambda: Exception.__init__(5), lambda: KeyError.__init__([]), lambda: list.__len__(3), lambda: list.append(3, 1)):
    try: f()
    except TypeError as e: print(e)
