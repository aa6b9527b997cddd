# Default values are evaluated once at definition time
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def f(x=next_id()):
    return x
print(f(), f(), f(99), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
v = 10
def capture(x=v):
    return x
v = 20
print(capture())
def dict_default(k, d={}):
    d[k] = d.get(k, 0) + 1
    return d
dict_default("a"); dict_default("b"); print(dict_default("a"))
def kw_defaults(a, *, b=[], c=5):
    b.append(a)
    return b, c
print(kw_defaults(1), kw_defaults(2, c=6))
print(kw_defaults.__kwdefaults__)
print(f.__defaults__, safe_append.__defaults__)
def nodef(a): pass
print(nodef.__defaults__, nodef.__kwdefaults__)
