# The ways a method or descriptor of one type can meet an object of another: each raises
# CPython's TypeError (or works, where the object is an instance of a subclass).
import functools
import types


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", "ok", r if isinstance(r, (int, str, list, type(None))) else type(r).__name__)


t("list.__repr__(5)", lambda: list.__repr__(5))
t("list.__repr__()", lambda: list.__repr__())
t("list.append(5, 1)", lambda: list.append(5, 1))
t("list.append()", lambda: list.append())
t("list.append(self=[])", lambda: list.append(self=[]))
t("list.__getitem__(5, 1)", lambda: list.__getitem__(5, 1))
t("list.__contains__(5, 1)", lambda: list.__contains__(5, 1))
t("dict.__contains__(5, 1)", lambda: dict.__contains__(5, 1))
t("dict.get(3, 1)", lambda: dict.get(3, 1))
t("str.upper(5)", lambda: str.upper(5))
t("str.join(b'', ['a'])", lambda: str.join(b'', ['a']))
t("bytes.join('', [b'a'])", lambda: bytes.join('', [b'a']))
t("bytes.join(bytearray(), [b'a'])", lambda: bytes.join(bytearray(), [b'a']))
t("bytearray.join(b'', [b'a'])", lambda: bytearray.join(b'', [b'a']))
t("int.__add__('x', 1)", lambda: int.__add__("x", 1))
t("int.__add__(1, 'x')", lambda: int.__add__(1, "x"))
t("int.__add__(True, 1)", lambda: int.__add__(True, 1))
t("int.__dict__['__add__'](1.5, 1)", lambda: int.__dict__['__add__'](1.5, 1))
t("bool.__and__(1, 1)", lambda: bool.__and__(1, 1))
t("float.__add__(1, 1.0)", lambda: float.__add__(1, 1.0))
t("complex.__abs__(1.0)", lambda: complex.__abs__(1.0))
t("tuple.__len__([1])", lambda: tuple.__len__([1]))
t("list.__len__((1,))", lambda: list.__len__((1,)))
t("frozenset.union(set(), {1})", lambda: frozenset.union(set(), {1}))
t("set.union(frozenset(), {1})", lambda: set.union(frozenset(), {1}))
t("slice.indices(5, 1)", lambda: slice.indices(5, 1))
t("range.count([], 1)", lambda: range.count([], 1))
t("type.mro(5)", lambda: type.mro(5))
t("type.__subclasses__(5)", lambda: type.__subclasses__(5))
t("type.__instancecheck__(5, 5)", lambda: type.__instancecheck__(5, 5))
t("property.__get__(5, 1)", lambda: property.__get__(5, 1))
t("property.__set__(5, 1, 2)", lambda: property.__set__(5, 1, 2))
t("BaseException.with_traceback(5, None)", lambda: BaseException.with_traceback(5, None))
t("list_iterator.__next__(5)", lambda: type(iter([])).__next__(5))
t("list_iterator.__next__(tuple_iterator)", lambda: type(iter([])).__next__(iter(())))
t("generator.send(5, None)", lambda: types.GeneratorType.send(5, None))
t("generator.close(5)", lambda: types.GeneratorType.close(5))
t("generator.throw(5, ValueError)", lambda: types.GeneratorType.throw(5, ValueError))

# object's methods accept every object; classmethods, static methods and __new__ have no self
t("object.__init__(5)", lambda: object.__init__(5))
t("object.__repr__(5)[:5]", lambda: object.__repr__(5)[:5])
t("list.__new__(5)", lambda: list.__new__(5))
t("dict.fromkeys(5)", lambda: dict.fromkeys(5))
t("dict.fromkeys('ab')", lambda: dict.fromkeys('ab'))
t("str.maketrans({'a': 'b'})", lambda: len(str.maketrans({'a': 'b'})))
t("bytes.maketrans(b'a', b'b')", lambda: len(bytes.maketrans(b'a', b'b')))
t("bytes.fromhex('00ff')", lambda: list(bytes.fromhex('00ff')))
t("bytearray.fromhex('00')", lambda: list(bytearray.fromhex('00')))
t("b''.fromhex('01')", lambda: list(b''.fromhex('01')))

# binding with __get__
t("list.__dict__['append'].__get__(5)", lambda: list.__dict__['append'].__get__(5))
t("list.__dict__['__repr__'].__get__(5)", lambda: list.__dict__['__repr__'].__get__(5))
t("list.__dict__['append'].__get__(None, int)", lambda: list.__dict__['append'].__get__(None, int) is list.append)
t("list.__dict__['append'].__get__(None, None)", lambda: list.__dict__['append'].__get__(None, None))
t("list.__dict__['append'].__get__(x)(2)", lambda: list.__dict__['append'].__get__([1])(2))
t("[].append has no __get__", lambda: [].append.__get__)

# methods bound or applied by other means
t("functools.partial(list.append, 5)(1)", lambda: functools.partial(list.append, 5)(1))
t("functools.partial(str.upper)(5)", lambda: functools.partial(str.upper)(5))
t("functools.reduce(list.append, [1], 5)", lambda: functools.reduce(list.append, [1], 5))
t("map(str.upper, [1])", lambda: list(map(str.upper, [1])))
t("sorted(key=str.lower)", lambda: sorted([1, 2], key=str.lower))
t("types.MethodType(list.append, 5)(1)", lambda: types.MethodType(list.append, 5)(1))
t("types.MethodType(list.__repr__, 5)()", lambda: types.MethodType(list.__repr__, 5)())


class L(list):
    pass


t("list.append(L(), 1)", lambda: list.append(L(), 1))
t("L.append(5, 1)", lambda: L.append(5, 1))
t("super(L, L()).append(1)", lambda: super(L, L()).append(1))
t("super(L, L()).__repr__()", lambda: super(L, L()).__repr__())
t("list.__dict__['append'].__get__(L())(2)", lambda: list.__dict__['append'].__get__(L())(2))


class A:
    pass


class S:
    __slots__ = ('x',)


class B:
    # attributes taken from other classes
    start = range.start
    d = A.__dict__['__dict__']
    x = S.__dict__['x']
    ap = list.append
    rp = list.__repr__
    ln = list.__dict__['__len__']


class BL(list):
    x = S.__dict__['x']
    d = A.__dict__['__dict__']


s = S()
s.x = 1
t("A.__dict__['__dict__'].__get__(5)", lambda: A.__dict__['__dict__'].__get__(5))
t("A.__dict__['__dict__'].__get__(S())", lambda: A.__dict__['__dict__'].__get__(S()))
t("A.__dict__['__dict__'].__set__(5, {})", lambda: A.__dict__['__dict__'].__set__(5, {}))
t("A.__dict__['__dict__'].__get__(A())", lambda: A.__dict__['__dict__'].__get__(A()))
t("S.x.__get__(5)", lambda: S.x.__get__(5))
t("S.x.__get__(A())", lambda: S.x.__get__(A()))
t("S.x.__set__(A(), 3)", lambda: S.x.__set__(A(), 3))
t("S.x.__set__('abc', 3)", lambda: S.x.__set__("abc", 3))
t("S.x.__delete__([1])", lambda: S.x.__delete__([1]))
t("S.x.__get__(s)", lambda: S.x.__get__(s))
t("S.x.__set__(s, 2)", lambda: S.x.__set__(s, 2))
t("s.x", lambda: s.x)
t("S.x.__delete__(s)", lambda: S.x.__delete__(s))
t("s.x after delete", lambda: s.x)
t("S.x.__get__(None, S) is S.x", lambda: S.x.__get__(None, S) is S.x)
t("object.__dict__['__class__'].__get__(5)", lambda: object.__dict__['__class__'].__get__(5))
t("property(len).__get__(5)", lambda: property(len).__get__(5))
t("int.real.__get__('x')", lambda: int.real.__get__("x"))
t("int.numerator.__get__(5.5)", lambda: int.numerator.__get__(5.5))
t("int.real.__get__(True)", lambda: int.real.__get__(True))
t("int.real.__get__(None, int) is int.real", lambda: int.real.__get__(None, int) is int.real)
t("float.real.__get__('5')", lambda: float.real.__get__("5"))
t("float.real.__get__(1)", lambda: float.real.__get__(1))
t("complex.imag.__get__(2j)", lambda: complex.imag.__get__(2j))
t("complex.real.__get__(5)", lambda: complex.real.__get__(5))
t("range.stop.__get__(range(3))", lambda: range.stop.__get__(range(3)))
t("range.start.__get__(5)", lambda: range.start.__get__(5))
t("slice.step.__get__(slice(1, 2, 3))", lambda: slice.step.__get__(slice(1, 2, 3)))
t("slice.start.__get__(range(2))", lambda: slice.start.__get__(range(2)))
t("'real' in dir(int)", lambda: "real" in dir(int))
t("B().start", lambda: B().start)
t("B().d", lambda: B().d)
t("B().x", lambda: B().x)
t("B().x = 5", lambda: setattr(B(), 'x', 5))
t("del B().x", lambda: delattr(B(), 'x'))
t("B().ap(1)", lambda: B().ap(1))
t("B().rp()", lambda: B().rp())
t("B().ln()", lambda: B().ln())
t("BL().x", lambda: BL().x)
t("BL().d", lambda: BL().d)


class C:
    __repr__ = list.__repr__
    __len__ = list.__len__
    __getitem__ = dict.__getitem__
    __iter__ = list.__iter__
    __eq__ = str.__eq__
    __hash__ = int.__hash__
    __add__ = int.__add__
    __call__ = list.append
    __bool__ = float.__bool__
    __contains__ = set.__contains__


t("repr(C())", lambda: repr(C()))
t("str(C())", lambda: str(C()))
t("format(C())", lambda: f"{C()}")
t("len(C())", lambda: len(C()))
t("C()[1]", lambda: C()[1])
t("iter(C())", lambda: iter(C()))
t("C() == C()", lambda: C() == C())
t("hash(C())", lambda: hash(C()))
t("C() + 1", lambda: C() + 1)
t("C()(1)", lambda: C()(1))
t("bool(C())", lambda: bool(C()))
t("1 in C()", lambda: 1 in C())


class D(dict):
    __getitem__ = list.__getitem__


class E(Exception):
    __str__ = list.__repr__


t("D()[0]", lambda: D()[0])
t("str(E())", lambda: str(E()))
print("still running")
