# weakref.finalize and weakref.WeakMethod.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "resource " + self.name


def release(name, log, *, reason="collected"):
    log.append(f"release {name} ({reason})")
    return name.upper()


log = []
res = Resource("db")
fin = weakref.finalize(res, release, "db", log)
print(fin.alive, fin.atexit)
obj, func, args, kwargs = fin.peek()
print(obj is res, func is release, args[0], kwargs)
del obj
del res
gc.collect()
print(log, fin.alive, fin.peek())

res2 = Resource("cache")
fin2 = weakref.finalize(res2, release, "cache", log, reason="closed early")
print(fin2(), fin2.alive, fin2(), log[-1])
del res2
gc.collect()
print(len(log))

res3 = Resource("file")
fin3 = weakref.finalize(res3, release, "file", log)
detached = fin3.detach()
print(detached[0] is res3, fin3.alive, fin3.detach())
del res3, detached
gc.collect()
print(len(log))

worker = Resource("worker")
method_ref = weakref.WeakMethod(worker.describe)
print(method_ref()(), method_ref() == worker.describe)
print(method_ref == weakref.WeakMethod(worker.describe))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
del worker
gc.collect()
print(method_ref())
