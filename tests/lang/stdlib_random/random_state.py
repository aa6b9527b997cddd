# Random instances, getstate/setstate, and subclasses that supply their own random().
import random

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randrange(10**30), b.randrange(10**30))
state = a.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [a.random() for _ in range(5)]
a.setstate(state)
print(first == [a.random() for _ in range(5)])
a.gauss(0, 1)
saved = a.getstate()
print(saved[2] is not None)
g1 = a.gauss(0, 1)
a.setstate(saved)
print(g1 == a.gauss(0, 1))
c = random.Random()
c.setstate(state)
print(c.random() == first[0])
c.seed(5)
d = random.Random(5)
print(c.getrandbits(100) == d.getrandbits(100))
random.seed(1)
x = random.random()
random.seed(1)
print(x == random.random(), random.Random(1).random() == x)


class Constant(random.Random):
    def random(self):
        return 0.75


k = Constant()
print(k.random(), k.randrange(10), k.choice("abcd"), k.randint(1, 4), k.uniform(0, 4))


class Counter(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.n += 1
        return super().getrandbits(k)


ctr = Counter()
vals = [ctr.randrange(1000) for _ in range(10)]
print(vals, ctr.n >= 10)
r = random.Random("seed string")
print(r.random(), r.sample(range(10), 3))
print(isinstance(r, random.Random), type(r).__name__)
