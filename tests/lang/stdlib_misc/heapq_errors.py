import heapq

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push tuple", lambda: heapq.heappush((), 1))
show("pop tuple", lambda: heapq.heappop((1,)))
show("heapify str", lambda: heapq.heapify("abc"))
show("heapify int", lambda: heapq.heapify(3))
show("pushpop tuple", lambda: heapq.heappushpop((), 1))
show("mixed", lambda: heapq.heappush([1], "a"))
show("heapify mixed", lambda: heapq.heapify([3, "a", 1]))
show("nlargest bad n", lambda: heapq.nlargest("2", [1, 2]))
show("nsmallest none", lambda: heapq.nsmallest(2, None))

h = []
show("pushpop empty", lambda: heapq.heappushpop(h, 5))
print(h)
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heapreplace(h, 0), h)

for n in [-1, 0, 1, 3, 10]:
    print(n, heapq.nlargest(n, [4, 1, 7, 3, 9]), heapq.nsmallest(n, [4, 1, 7, 3, 9]))
data = ["bb", "a", "dddd", "ccc", "ee"]
print(heapq.nlargest(2, data, key=len), heapq.nsmallest(3, data, key=len))
print(heapq.nsmallest(1, data, key=len), heapq.nlargest(1, data, key=len))
print(heapq.nlargest(2, iter([3, 1, 2])), heapq.nsmallest(2, iter([])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["aa", "c"], ["b", "ddd"], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([2], [])))

# stability: equal keys keep input order
pairs = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(heapq.nsmallest(4, pairs, key=lambda p: p[0]))
print(heapq.nlargest(4, pairs, key=lambda p: p[0]))

# max-heap via negation and a tuple heap with tie-breaker
h = []
for i, w in enumerate(["delta", "alpha", "charlie", "bravo"]):
    heapq.heappush(h, (-len(w), i, w))
print([heapq.heappop(h)[2] for _ in range(len(h))])

class Task:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "T%d" % self.p
h = [Task(p) for p in [5, 2, 8, 1]]
heapq.heapify(h)
print(heapq.heappop(h), heapq.heappop(h), h[0])
class NoLt:
    pass
show("no lt", lambda: heapq.heapify([NoLt(), NoLt()]))
