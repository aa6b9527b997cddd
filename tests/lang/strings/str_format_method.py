# str.format with positional, keyword, attribute and index fields and specs
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=5), "{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}), "{0[0][1]}".format([[1, 2]]))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, len))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}|{:+,}".format("r", "l", "c", "m", 3.14159, 1234567))
print("{0:{1}}|{0:>{w}.{p}f}|".format(2.71828, 10, w=12, p=2))
print("{0!r} {0!s} {0!a} {0!r:>10}".format("é"), "{!r} {!s}".format("é", "é"))
print("{{}} {{{}}}".format("x"), "{:%}".format(0.5), "{:b}".format(10), "{:#o}".format(8))
print("{:,} {:_} {:,.3f} {:e} {:.2g}".format(10 ** 9, 10 ** 9, 1234.5678, 1234.5678, 1234.5678))
print("{:=+8d}|{:=8d}|{: d}|{:c}".format(42, -42, 42, 65))
print("{:s}".format("str"), "{:10}".format("pad") + "|", "{:10}".format(12) + "|", "{}".format(None))
data = {"x": 1, "y": 2}
print("{x}-{y}".format(**data), "{x}-{y}".format_map(data), "{0}{x}".format(9, **data))
for bad in [lambda: "{}".format(), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(), lambda: "{:d}".format("s"), lambda: "{".format(), lambda: "{0[5]}".format([1])]:
    try:
        bad()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3.5), format(42, "x"), format("s", ">3"), format([1, 2]), format(None))
