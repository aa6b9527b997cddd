# A small simulation that leans on random, math, struct, hashlib, io and os together: a
# seeded queue model, its statistics, a binary log packed with struct, checksummed with
# hashlib, round-tripped through io.BytesIO and a file.
import hashlib
import io
import math
import os
import random
import struct


class Queue:
    def __init__(self, rng, arrival_rate, service_rate):
        self.rng = rng
        self.arrival_rate = arrival_rate
        self.service_rate = service_rate
        self.clock = 0.0
        self.busy_until = 0.0
        self.waits = []

    def step(self):
        self.clock += self.rng.expovariate(self.arrival_rate)
        start = max(self.clock, self.busy_until)
        self.waits.append(start - self.clock)
        self.busy_until = start + self.rng.expovariate(self.service_rate)


def stats(values):
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    ordered = sorted(values)
    median = (ordered[n // 2] + ordered[(n - 1) // 2]) / 2
    return mean, math.sqrt(var), median, ordered[int(0.95 * (n - 1))]


rng = random.Random(20240601)
q = Queue(rng, 0.9, 1.0)
for _ in range(5000):
    q.step()
mean, sd, median, p95 = stats(q.waits)
print("waits: mean=%.6f sd=%.6f median=%.6f p95=%.6f" % (mean, sd, median, p95))
print("max wait", max(q.waits), "zero waits", sum(1 for w in q.waits if w == 0.0))

# A random walk and its statistics.
steps = [rng.choice((-1, 1)) for _ in range(10000)]
position = 0
furthest = 0
for s in steps:
    position += s
    furthest = max(furthest, abs(position))
print("walk", position, furthest, steps.count(1))

# Binary log: (index, wait, flag) records.
record = struct.Struct("<Id?")
buffer = io.BytesIO()
for i, w in enumerate(q.waits[:200]):
    buffer.write(record.pack(i, w, w > mean))
blob = buffer.getvalue()
print(len(blob), record.size, hashlib.sha256(blob).hexdigest())
name = "_random_simulation.bin"
with open(name, "wb") as f:
    f.write(blob)
with open(name, "rb") as f:
    back = f.read()
os.remove(name)
rows = list(record.iter_unpack(back))
print(rows[:3], rows[-1], sum(1 for r in rows if r[2]), back == blob)

# Sampling without replacement, weighted choices and shuffles from a fixed seed.
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hands = [sorted(deck[i:i + 5]) for i in range(0, 20, 5)]
print(hands)
counts = {}
for color in rng.choices(["red", "green", "blue"], weights=[5, 3, 2], k=1000):
    counts[color] = counts.get(color, 0) + 1
print(sorted(counts.items()))
print(rng.sample(range(1, 50), 6), round(rng.gauss(10, 2), 9), rng.getrandbits(64))
text = io.StringIO()
for row in rows[:5]:
    print("%3d %10.6f %s" % row, file=text)
print(text.getvalue(), end="")
print(hashlib.md5(text.getvalue().encode()).hexdigest())
