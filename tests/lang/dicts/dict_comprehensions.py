# Dict comprehensions
print({i: i ** 2 for i in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({(i, j): i + j for i in range(2) for j in range(3) if i != j})
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
print({w[0]: len(w) for w in words})
print({c: words[0].count(c) for c in sorted(set(words[0]))})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
inv = {str(i): i for i in range(5)}
print(inv, {int(k) * 2: v for k, v in inv.items()})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
print({k: [] for k in "ab"}, {True: 1, 1: 2}, {x % 2: x for x in range(10)})
