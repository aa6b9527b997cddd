from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

# topological sort with a queue (Kahn)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
indegree = Counter({name: 0 for name in deps})
users = defaultdict(list)
for name, needs in deps.items():
    for need in needs:
        indegree[name] += 1
        users[need].append(name)
ready = deque(sorted(n for n in deps if indegree[n] == 0))
order = []
while ready:
    n = ready.popleft()
    order.append(n)
    for user in sorted(users[n]):
        indegree[user] -= 1
        if indegree[user] == 0:
            ready.append(user)
print("build order:", order)

# sliding window maximum with a monotonic deque
values = [4, 2, 12, 3, 8, 7, 1, 9, 5, 6, 11, 0]
window = deque()
maxima = []
for i, v in enumerate(values):
    while window and values[window[-1]] <= v:
        window.pop()
    window.append(i)
    if window[0] <= i - 3:
        window.popleft()
    if i >= 2:
        maxima.append(values[window[0]])
print("window maxima:", maxima)

# moving average over the last 4 readings
readings = deque(maxlen=4)
averages = []
for r in [10, 20, 30, 40, 50, 60, 70]:
    readings.append(r)
    averages.append(sum(readings) / len(readings))
print("moving averages:", averages, readings)


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print("  evict", evicted)
        return value


cache = LRUCache(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    cache.get(k, lambda x: x * x)
print("cache:", list(cache.data.items()), "hits", cache.hits, "misses", cache.misses)

# anagram groups and letter statistics
words = "listen silent enlist google elgoog inlets banana tinsel abc cab bca".split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
letters = Counter("".join(words))
print(letters.most_common(4), sum(letters.values()), letters["z"])
common = Counter("banana") & Counter("bandana")
print(common, sorted(common.elements()), (Counter("banana") - Counter("ban")).total())

# BFS shortest paths on a grid maze
maze = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
Pos = namedtuple("Pos", "r c")
start = Pos(0, 0)
goal = Pos(3, 7)
dist = {start: 0}
prev = {}
todo = deque([start])
while todo:
    p = todo.popleft()
    if p == goal:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        q = Pos(p.r + dr, p.c + dc)
        if 0 <= q.r < len(maze) and 0 <= q.c < len(maze[0]) and maze[q.r][q.c] != "#" and q not in dist:
            dist[q] = dist[p] + 1
            prev[q] = p
            todo.append(q)
path = [goal]
while path[-1] != start:
    path.append(prev[path[-1]])
print("shortest:", dist[goal], "steps via", [tuple(p) for p in reversed(path)][:5], "...")

# scoped variables with ChainMap
globals_scope = {"x": 1, "y": 2}
scope = ChainMap(globals_scope)
trace = []
for block in (["x=10", "z=3"], ["y=20"], []):
    scope = scope.new_child()
    for stmt in block:
        name, value = stmt.split("=")
        scope[name] = int(value)
    trace.append((scope["x"], scope["y"], scope.get("z")))
print(trace, len(scope.maps), dict(scope.parents))

# round-robin scheduler with rotate
jobs = deque([("a", 3), ("b", 1), ("c", 2)])
timeline = []
while jobs:
    name, left = jobs[0]
    timeline.append(name)
    if left == 1:
        jobs.popleft()
    else:
        jobs[0] = (name, left - 1)
        jobs.rotate(-1)
print("".join(timeline))
