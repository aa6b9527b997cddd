# A discrete-event scheduler on heapq: timers, cancellation by marking, and a merge
# of sorted logs.
import heapq
import itertools

class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.queue = []
        self.entries = {}
        self.counter = itertools.count()
        self.now = 0

    def at(self, time, name, action):
        if name in self.entries:
            self.cancel(name)
        entry = [time, next(self.counter), name, action]
        self.entries[name] = entry
        heapq.heappush(self.queue, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[2] = self.REMOVED

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            time, _, name, action = heapq.heappop(self.queue)
            if name is self.REMOVED:
                continue
            del self.entries[name]
            self.now = time
            action(self)

log = []

def ticker(period, remaining):
    def tick(s):
        log.append((s.now, f"tick{period}"))
        if remaining > 1:
            s.at(s.now + period, f"tick{period}", ticker(period, remaining - 1))
    return tick

s = Scheduler()
s.at(3, "tick3", ticker(3, 5))
s.at(5, "tick5", ticker(5, 3))
s.at(7, "alarm", lambda s: log.append((s.now, "alarm")))
s.at(8, "never", lambda s: log.append((s.now, "never")))
s.cancel("never")
s.at(4, "alarm", lambda s: log.append((s.now, "alarm moved")))
s.run(12)
print(log)
print(sorted(s.entries), len(s.queue))
s.run(100)
print(log[-3:], s.now)

# Merge three sorted logs by timestamp, then take the k busiest seconds.
a = [(1, "a1"), (4, "a2"), (9, "a3")]
b = [(2, "b1"), (4, "b2"), (4, "b3"), (10, "b4")]
c = [(0, "c1"), (4, "c2")]
merged = list(heapq.merge(a, b, c, key=lambda e: e[0]))
print(merged)
counts = {}
for t, _ in merged:
    counts[t] = counts.get(t, 0) + 1
print(heapq.nlargest(2, counts.items(), key=lambda kv: (kv[1], -kv[0])))

# k-way merge by hand with heapreplace.
def kmerge(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heap[0]
        out.append(value)
        if j + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return out

print(kmerge([1, 5, 9], [2, 2, 8], [], [0, 10]))
top = []
for value in [5, 1, 9, 3, 7, 8, 2, 6]:
    if len(top) < 3:
        heapq.heappush(top, value)
    else:
        heapq.heappushpop(top, value)
print(sorted(top, reverse=True), top)
