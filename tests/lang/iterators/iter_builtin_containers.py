# iter() over every builtin container
containers = [[1, 2], (3, 4), "ab", b"\x05\x06", bytearray(b"\x07"), {8: "x", 9: "y"}, {10, 11}, frozenset([12]), range(13, 15),
              {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(), reversed([1, 2]), enumerate("z"), zip("p", "q"), map(abs, [-1]), filter(None, [0, 2])]
for c in containers:
    it = iter(c)
    print(type(c).__name__, list(it), list(it))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
for ch in "hi":
    print(ch, end=" ")
print()
total = 0
for k in {"x": 1, "y": 2}:
    total += len(k)
print(total)
for a, b in {"x": 1}.items():
    print(a, b)
e = enumerate(["a", "b"])
for idx, val in e:
    print(idx, val)
print(list(e))
