# Functions stored in lists, dicts and tuples; identity and equality
def a(): return "a"
def b(): return "b"
fs = [a, b, a]
print([f() for f in fs], fs[0] is fs[2], fs[0] == fs[2], fs[0] == fs[1])
table = {a: 1, b: 2}
print(table[a], table[b], len(table))
print(sorted([f.__name__ for f in fs]), [f.__name__ for f in reversed(fs)])
print(a in fs, b in (a,), fs.index(b), fs.count(a))
handlers = {"greet": lambda name: "hi " + name, "shout": lambda name: name.upper() + "!"}
print([handlers[k]("bob") for k in sorted(handlers)])
compose_all = [str.upper, str.strip, len]
x = "  hey  "
for fn in compose_all[:2]:
    x = fn(x)
print(repr(x), compose_all[2](x))
print(type(a).__name__, callable(fs[1]), hash(a) == hash(a))
funcs = [(lambda n: lambda: n)(i) for i in range(3)]
print([f() for f in funcs])
