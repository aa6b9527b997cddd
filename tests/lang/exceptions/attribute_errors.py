# AttributeError messages
def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, "|", e)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: [].foo)
show(lambda: {}.foo)
show(lambda: (1,).append)
show(lambda: None.foo)
show(lambda: 1.5.bar)
show(lambda: b"".baz)
show(lambda: len.qux)
def fn(): pass
show(lambda: fn.missing)
show(lambda: [].apend(1))
show(lambda: "x".uper())
show(lambda: (1).__nope__)
try:
    "abc".upper = 5
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, "|", e)
print(isinstance(AttributeError(), Exception))
print(hasattr("x", "upper"), hasattr("x", "nope"), getattr(5, "nope", "default"))
try:
    getattr([], "zzz")
except AttributeError as e:
    print(e)
