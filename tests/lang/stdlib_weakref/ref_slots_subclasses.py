# Which classes' instances accept weak references, and the __weakref__ attribute.
import gc
import weakref


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class SubOfSlotted(Slotted):
    pass


class MoreSlots(Plain):
    __slots__ = ("y",)


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


class StrSub(str):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class MyError(Exception):
    pass


for cls, args in ((Plain, ()), (Slotted, ()), (SlottedWeak, ()), (SubOfSlotted, ()),
                  (MoreSlots, ()), (IntSub, (3,)), (TupleSub, ((1,),)), (StrSub, ("s",)),
                  (ListSub, ([1],)), (DictSub, ()), (MyError, ("m",)), (ValueError, ("v",))):
    obj = cls(*args)
    try:
        ref = weakref.ref(obj)
        print(cls.__name__, "weakrefable", ref() is obj, obj.__weakref__ is ref)
    except TypeError as e:
        print(cls.__name__, "->", e)
    print("   ", [k for k in vars(cls) if k in ("__dict__", "__weakref__", "__slots__")])

try:
    class Twice(Plain):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)

p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
try:
    p.__weakref__ = None
except AttributeError as e:
    print(e)
print(Plain.__dict__["__weakref__"], type(Plain.__dict__["__weakref__"]).__name__)
print(Plain.__weakref__.__get__(p) is r)
del p
gc.collect()
print(r())
