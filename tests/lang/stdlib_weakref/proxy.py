# weakref.proxy: attribute access, item access, calls and operators go to the referent;
# after it is collected every use raises ReferenceError.
import gc
import weakref


class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return Box(self.items + list(other))

    def total(self):
        return sum(self.items)

    def __str__(self):
        return f"Box{self.items}"


box = Box([1, 2, 3])
p = weakref.proxy(box)
print(p.items, len(p), p[1], list(p), p.total(), str(p), (p + [4]).items)
p.label = "mine"
print(box.label, getattr(p, "label"), hasattr(p, "nothing"))
del p.label
print(hasattr(box, "label"), isinstance(p, weakref.ProxyTypes), type(p).__name__)
print(p == box, bool(p), 2 in p)
f = weakref.proxy(Box.total)
print(f(box), type(f).__name__, callable(f))
notes = []
p2 = weakref.proxy(box, lambda proxy: notes.append(type(proxy).__name__))
del box
gc.collect()
print(notes)
for action in (lambda: p.items, lambda: len(p), lambda: str(p), lambda: p[0]):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print(e)
