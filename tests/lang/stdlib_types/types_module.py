# The types module: the built-in types by name, SimpleNamespace, ModuleType(), new_class,
# prepare_class, resolve_bases and the coroutine decorator.
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]), ns != types.SimpleNamespace())
ns.me = ns
print(repr(ns))
class Sub(types.SimpleNamespace): pass
print(Sub(z=3), types.SimpleNamespace.__module__, types.SimpleNamespace.__name__)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
def f(): pass
def g(): yield 1
async def c(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
co = c(); print(isinstance(co, types.CoroutineType)); co.close()
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(isinstance(int.__dict__, types.MappingProxyType), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
m = types.ModuleType("made")
m.x = 5
print(m.__name__, m.x)
class A: pass
def body(ns): ns["hello"] = lambda self: "hi"
K = types.new_class("K", (A,), {}, body)
print(K.__name__, K.__bases__, K().hello())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
print(types.prepare_class("P", (), {"metaclass": Meta, "flag": 1})[1:])
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((int, Entries())), types.resolve_bases((int,)))
@types.coroutine
def legacy():
    value = yield "from legacy"
    return value
async def user():
    return await legacy()
u = user()
print(u.send(None))
try:
    u.send(42)
except StopIteration as e:
    print("result", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
def outer():
    v = 1
    def inner(): return v
    return inner
print(isinstance(outer().__closure__[0], types.CellType))
