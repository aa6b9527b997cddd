# Popping an exhausted heap is an IndexError.
import heapq

tasks = [(2, "write"), (1, "plan")]
heapq.heapify(tasks)
for _ in range(3):
    print(heapq.heappop(tasks))
