# Keyword-only and positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def po(x, y=5, /):
    return x + y
print(po(1), po(1, 2))
try:
    po(x=1)
except TypeError as e:
    print(e)
def po_kw(x, /, **kw):
    return x, kw
print(po_kw(1, x=2))
def ko(*, a, b=2):
    return a, b
print(ko(a=1), ko(b=3, a=4))
try:
    ko(1)
except TypeError as e:
    print(e)
try:
    ko()
except TypeError as e:
    print(e)
def mixed(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, 2, 3, 4, c=5, d=6))
print(mixed(1, b=2, c=3))
def many(a, b, /, c, d, *, e, f):
    return [a, b, c, d, e, f]
print(many(1, 2, 3, d=4, e=5, f=6))
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(e)
