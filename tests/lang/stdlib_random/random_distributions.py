# The real-valued distributions use CPython's algorithms, so the draws agree digit for digit.
import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.uniform(-2, 5) for _ in range(4)])
print([random.triangular() for _ in range(3)], random.triangular(0, 10, 8), random.triangular(3, 3))
print([random.gauss(100, 15) for _ in range(5)])
print([random.normalvariate() for _ in range(5)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(0.5) for _ in range(4)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0))
print([random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(2, 1.5) for _ in range(3)])
total = 0.0
for _ in range(10000):
    total += random.gauss(0, 1)
print(round(total, 6))
