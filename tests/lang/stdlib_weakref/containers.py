# WeakValueDictionary, WeakKeyDictionary and WeakSet lose their entries when the objects
# they hold weakly are collected.
import gc
import weakref


class Item:
    def __init__(self, key, size):
        self.key = key
        self.size = size

    def __repr__(self):
        return f"Item({self.key}, {self.size})"


class Cache:
    """A cache of loaded items: entries live only as long as someone uses the item."""

    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, key):
        item = self._items.get(key)
        if item is None:
            self.loads += 1
            item = Item(key, len(key) * 10)
            self._items[key] = item
        return item

    def keys(self):
        return sorted(self._items.keys())


cache = Cache()
held = [cache.get(k) for k in ("alpha", "beta", "gamma", "delta")]
print(cache.keys(), cache.loads, len(cache._items))
again = cache.get("beta")
print(again is held[1], cache.loads)
del held[0], held[1]
del again
gc.collect()
print(cache.keys(), len(cache._items), "gamma" in cache._items, "beta" in cache._items)
print(sorted(repr(v) for v in cache._items.values()))
print(sorted(k for k, v in cache._items.items()))
fresh = cache.get("alpha")
print(cache.loads, cache.keys())
del fresh
gc.collect()
print(cache.keys())
wv = cache._items
print(wv.pop("beta"), wv.pop("nothing", "default"), wv.setdefault("delta", None))
try:
    wv["alpha"]
except KeyError as e:
    print("KeyError", e)
copy = wv.copy()
print(type(copy).__name__, sorted(copy.keys()))

owners = weakref.WeakKeyDictionary()
keys = [Item("k%d" % i, i) for i in range(5)]
for k in keys:
    owners[k] = k.size * 100
print(len(owners), owners[keys[3]], keys[0] in owners, "x" in owners)
print(sorted(owners.values()))
del keys[::2], k
gc.collect()
print(len(owners), sorted(owners.values()), sorted(i.key for i in owners))
print(owners.get(keys[0]), owners.pop(keys[0]), len(owners))
owners.update({keys[1]: -1})
print(sorted(owners.items(), key=lambda kv: kv[1]))

members = weakref.WeakSet()
group = [Item(c, 1) for c in "abcde"]
for g in group:
    members.add(g)
print(len(members), group[0] in members, Item("z", 0) in members, 3 in members)
group = group[1:4]
del g
gc.collect()
print(len(members), sorted(m.key for m in members))
members.discard(group[0])
print(sorted(m.key for m in members))
other = weakref.WeakSet(group[:2])
print(sorted(m.key for m in members | other), sorted(m.key for m in members & other))
print(sorted(m.key for m in other - members), members <= other, members == members.copy())
