# Annotations on variables and functions
x: int = 5
y: "str"
print(x)
def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f.__annotations__)
def g(x: 1 + 2, y: [1, 2]) -> None:
    pass
print(g.__annotations__)
print(__annotations__)
z: list[int] = [1, 2]
print(z, __annotations__['z'])
def h():
    local: int = 3
    unassigned: str
    return local
print(h(), h.__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
d = {}
d['k']: int = 10
print(d)
def noann(a, b): pass
print(noann.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
