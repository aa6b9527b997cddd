import operator as op

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(op.add(1, 2), op.sub(5, 7), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-2.5), op.invert(5), op.inv(0))
print(op.lshift(1, 5), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.matmul.__name__, op.not_(0), op.truth([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.ge(3, 4), op.gt([2], [1, 9]))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), ()), op.contains("abc", "b"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.index(7), op.index(True))
print(op.getitem({"k": 1}, "k"), op.getitem("hello", slice(1, 3)), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
lst = [1, 2, 3, 4]
op.setitem(lst, 0, "a"); op.delitem(lst, slice(1, 3)); print(lst)
print(op.call(max, 3, 9, key=lambda v: -v))
x = [1]
y = op.iadd(x, [2]); print(x, y is x)
y = op.iconcat(x, (3,)); print(x)
print(op.iadd(1, 2), op.isub(5, 1), op.imul("a", 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1, 2}
print(op.ior(s, {3}) is s, s, op.iand(s, {1, 3}), s, op.isub(s, {1}), s)

ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
print(ig("abc"), ig2("abc"), repr(ig), repr(ig2), repr(op.itemgetter("k")))
ag = op.attrgetter("real", "imag")
print(ag(3 + 4j), repr(ag), repr(op.attrgetter("a.b")))
class N:
    pass
n = N(); n.a = N(); n.a.b = "deep"
print(op.attrgetter("a.b")(n))
mc = op.methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), repr(mc), repr(op.methodcaller("upper")), op.methodcaller("upper")("q"))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(0, 1)))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), op.__add__(1, 1), op.__getitem__([9], 0))

show("indexOf missing", lambda: op.indexOf([1, 2], 3))
show("index float", lambda: op.index(1.5))
show("index str", lambda: op.index("1"))
show("concat int", lambda: op.concat(1, 2))
show("concat mixed", lambda: op.concat([1], "a"))
show("iconcat int", lambda: op.iconcat(1, 2))
show("countOf int", lambda: op.countOf(5, 1))
show("itemgetter none", lambda: op.itemgetter())
show("attrgetter int", lambda: op.attrgetter(1))
show("attrgetter missing", lambda: op.attrgetter("zz")(n))
show("attrgetter dotted missing", lambda: op.attrgetter("a.zz")(n))
show("methodcaller none", lambda: op.methodcaller())
show("methodcaller int", lambda: op.methodcaller(5))
show("itemgetter missing", lambda: op.itemgetter(5)([1]))
show("length_hint bad", lambda: op.length_hint(5, "x"))
show("truediv zero", lambda: op.truediv(1, 0))
show("neg str", lambda: op.neg("s"))
show("lt mixed", lambda: op.lt(1, "a"))
