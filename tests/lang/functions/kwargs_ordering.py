# **kwargs preserve call-site order; dict merging at call sites
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(c=3, **{"b": 1, "a": 2}))
def mixed(a, b=2, **rest):
    return a, b, rest
print(mixed(1, c=3, b=4, d=5))
print(mixed(b=0, a=1))
opts = {"sep": "-", "end": "!\n"}
print("a", "b", **opts)
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(9, e=1, f=2))
def kwonly_defaults(*, x=1, y=2, z=3):
    return x, y, z
print(kwonly_defaults(z=30), kwonly_defaults(**{"y": 20}))
def count_kw(**kw):
    return len(kw)
print(count_kw(**{str(i): i for i in range(50)}))
print(dict(b=1, a=2), dict({"z": 0}, y=1), list(dict(x=1, **{"w": 2})))
