# The operator module's functional forms of the operators.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2))
print(op.mod(-7, 3), op.mod("%d items", 5), op.pow(2, 100), op.pow(2, -2), op.neg(5), op.pos(-0.0))
print(op.abs(-3.5), op.inv(5), op.invert(-1), op.lshift(1, 70), op.rshift(-256, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_({"a": 1}, {"b": 2}))
print(op.lt(1, 2), op.le(2, 2), op.eq([1], [1]), op.ne("a", "a"), op.ge(3, 4), op.gt("b", "a"))
print(op.not_([]), op.truth([0]), op.truth(0.0), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), type(op.index(False)).__name__)
print(op.concat([1], [2, 3]), op.concat("ab", "cd"), op.concat((1,), ()))
print(op.contains("hello", "ell"), op.contains({1: 2}, 2), op.countOf([1, 2, 1, 1.0, True], 1))
print(op.indexOf("abcabc", "c"), op.indexOf([3, 4, 5], 5))
data = [0, 1, 2, 3, 4]
op.setitem(data, 1, "one")
op.delitem(data, 0)
print(data, op.getitem(data, -1), op.getitem(data, slice(1, 3)), op.getitem({"k": 9}, "k"))
op.setitem(data, slice(0, 2), ["x"])
print(data)
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1, 2], reverse=True))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __imatmul__(self, other):
        return Vec(self.x * other.x, self.y * other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

print(op.matmul(Vec(1, 2), Vec(3, 4)), op.imatmul(Vec(1, 2), Vec(3, 4)))

lst = [1, 2]
same = op.iadd(lst, [3])
print(same is lst, lst)
print(op.iadd(5, 3), op.isub(5, 3), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(9, 4))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 4), op.irshift(32, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1, 2}
print(op.ior(s, {3}) is s, s, op.iconcat([0], (1, 2)))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(6, 3), op.__getitem__("xyz", 1), op.__inv__ is op.inv)

print(op.length_hint([1, 2, 3]), op.length_hint(range(10)), op.length_hint(42), op.length_hint(42, 7))

class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value

print(op.length_hint(Hint(12)), op.length_hint(Hint(NotImplemented), 4))

print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(op.add, range(101)), reduce(op.mul, range(1, 11)))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: (op.neg(t[1]), t[0])))

for fn, args in [
    (op.add, (1, "a")), (op.concat, (1, 2)), (op.concat, ({}, {})), (op.concat, ([1], (2,))),
    (op.index, ("7",)), (op.index, (1.5,)), (op.indexOf, ([1], 2)), (op.truediv, (1, 0)),
    (op.getitem, ([], 0)), (op.getitem, ({}, "k")), (op.delitem, ({}, "k")), (op.matmul, (1, 2)),
    (op.length_hint, (Hint("x"),)), (op.length_hint, (Hint(-1),)), (op.length_hint, ([], "a")),
    (op.iconcat, (1, 2)), (op.neg, ("s",)), (op.lt, (1, "a")), (op.inv, (1.5,)),
]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
