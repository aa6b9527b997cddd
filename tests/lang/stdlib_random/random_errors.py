# Errors from the random module, with CPython's messages.
import random
for s in ["", "hello", "ünïcode", b"bytes", bytearray(b"ba"), 0.0, -2.5, 1e300, float("inf")]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())
random.seed(12345, version=1); print(random.random())
class R(random.Random):
    def random(self):
        return 0.5
r = R()
print(r.randrange(10), r.choice("abcdef"), r.randint(1, 6))
tests = [lambda: random.seed([1]), lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
 lambda: random.randrange(10, 1, 2), lambda: random.randrange("a"),
 lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1), lambda: random.sample([1,2], 1, counts=[1]), lambda: random.sample([1,2], 1, counts=[1.5, 1]),
 lambda: random.sample([1,2], 1, counts=[0, 0]), lambda: random.choices([1,2], [1,2], cum_weights=[1,2]), lambda: random.choices([1,2], [1]), lambda: random.choices([1,2], [0, 0]),
 lambda: random.choices([1, 2], 3), lambda: random.choices([1,2], [1, float("inf")]), lambda: random.getrandbits(-1), lambda: random.gammavariate(0, 1), lambda: random.setstate((1, 2, 3)),
 lambda: random.Random().setstate((3, (1,) * 5, None)), lambda: random.Random().setstate((3, (1,) * 624 + (700,), None)), lambda: random.Random().setstate((3, [1] * 625, None)),
 lambda: random.randint(1), lambda: random.random(1), lambda: random.triangular(1, 1), lambda: random.expovariate(0), lambda: random.randbytes(3), lambda: random.choice({}),
 lambda: random.randrange(10**30, 10**30 + 10), lambda: random.randint(-5, -1), lambda: random.shuffle("abc")]
random.seed(7)
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
