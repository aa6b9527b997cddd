# __del__: runs when the collector finds the object unreachable (before weak-reference
# callbacks), once per object even if resurrected, for cycles, and at exit for survivors.
import gc, weakref
log = []
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
    def __del__(self):
        Res.count -= 1
        print("closing", self.name, "live:", Res.count)
class Child(Res):
    pass
class Boom:
    def __del__(self):
        raise ValueError("bad del")
r = Res("a")
w = weakref.ref(r, lambda wr: print("weak callback"))
del r
gc.collect()
print("after first", w())
c = Child("child")
c2 = Child("c2")
c = None
gc.collect()
print("count", Res.count)
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("node del", self.n, self.other.n if self.other else None)
x, y = Node(1), Node(2)
x.other, y.other = y, x
del x, y
gc.collect()
print("cycle done")
class Immortal:
    saved = []
    def __del__(self):
        print("resurrecting")
        Immortal.saved.append(self)
i = Immortal()
del i
gc.collect()
print(len(Immortal.saved))
Immortal.saved.clear()
gc.collect()
print("no second del")
last = Res("at-exit")
other = Res("at-exit-2")
print("end of program")
