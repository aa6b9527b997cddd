# heapq: layouts after each operation match CPython's, plus errors.
import heapq

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(heap, x)
    print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))], heap)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, 15, 12, 3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -5), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heappushpop([], 3))
print(heapq.heappop([42]))

words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(4)])

tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (priority, name))
while tasks:
    print(heapq.heappop(tasks))

class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"{self.name}:{self.pri}"

jobs = [Job(p, n) for p, n in [(4, "a"), (2, "b"), (4, "c"), (1, "d"), (2, "e"), (3, "f")]]
heapq.heapify(jobs)
print(jobs)
print([heapq.heappop(jobs) for _ in range(6)])

# Heap sort, and a running median with two heaps.
values = [((i * 7919) % 101) - 50 for i in range(40)]
h = list(values)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(values))

low, high = [], []
medians = []
for v in values[:15]:
    heapq.heappush(low, -heapq.heappushpop(high, v))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(medians)

for fn, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                 (heapq.heapify, ({1: 2},)), (heapq.heappush, ([1, "a"], 2)), (heapq.heappop, ("abc",))]:
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
mixed = [1]
try:
    heapq.heappush(mixed, "x")
except TypeError as e:
    print("TypeError", e, mixed)
