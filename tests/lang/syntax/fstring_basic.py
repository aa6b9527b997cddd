# f-strings: simple fields, conversions, expressions
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a} {'café'!r}")
print(F"upper F {n}")
print(f"{{literal braces}} {{{n}}}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}")
print(f"{n:05d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:>8}|{n:<8}|{n:^8}|")
print(f"{n:*^9}|{n:+d}|{-n:+d}|{n: d}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{name[0]} {name[-1]} {name[1:3]}")
d = {'a': 1, 'b': [1, 2]}
print(f"{d['a']} {d['b'][1]}")
print(f"{[x * x for x in range(4)]}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{n!r:>6}|{name!r:^10}|")
print(rf"raw {n}\n", fr'{name}\t')
print(f"{3+4j} {1e20} {None} {True}")
print(f"multi" f"ple {n}" "plain")
print(f"""triple {
    n + 1
}""")
