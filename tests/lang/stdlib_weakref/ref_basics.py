# weakref.ref: calling, callbacks, identity of the callback-less reference, hashing and
# equality, and the TypeError for objects that cannot be weakly referenced.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


events = []


def on_death(label):
    def callback(wr):
        events.append((label, wr() is None))
    return callback


a = Node("a")
r = weakref.ref(a)
print(r() is a, r())
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
r_cb = weakref.ref(a, on_death("first"))
r_cb2 = weakref.ref(a, on_death("second"))
print(r_cb is r, r_cb == r, r_cb2 == r_cb, weakref.getweakrefcount(a))
print(r.__callback__, r_cb.__callback__ is not None)
print(hash(r) == hash(a), type(r).__name__, weakref.ref is weakref.ReferenceType)
saved_hash = hash(r)

del a
gc.collect()
print("after collect:", r(), r_cb(), events)
print(hash(r) == saved_hash, r == r_cb, r == r, r != r_cb)

b = Node("b")
rb = weakref.ref(b)
temp = Node("temp")
r_temp = weakref.ref(temp)
del temp
gc.collect()
try:
    hash(r_temp)
except TypeError as e:
    print("TypeError:", e)

for value in (1, 2.5, "text", b"bytes", (1, 2), [1], {"k": 1}, None, True, object(),
              range(3), 3j, bytearray(b"x"), slice(1), iter([])):
    try:
        weakref.ref(value)
        print("accepted", type(value).__name__)
    except TypeError as e:
        print(e)

for value in (Node, len, print, {1, 2}, frozenset(), weakref, on_death, lambda: 0,
              (x for x in ()), b.__repr__):
    print("ok", type(value).__name__, weakref.ref(value)() is value)

try:
    weakref.ref()
except TypeError as e:
    print(e)
try:
    weakref.ref(b, None, 3)
except TypeError as e:
    print(e)
try:
    weakref.ref(b, callback=None)
except TypeError as e:
    print(e)
try:
    rb(1)
except TypeError as e:
    print(e)
try:
    rb < rb
except TypeError as e:
    print(e)
print(rb() is b, weakref.getweakrefs(b) == [rb], weakref.getweakrefcount(5))
