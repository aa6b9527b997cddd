# A discrete-time bank queue simulation: arrivals from an LCG, two tellers, waiting-time statistics.
fn main():
    var seed = 2024
    var queue = List[Int]()
    var busy_until = List[Int](0, 0)
    var served = 0
    var total_wait = 0
    var max_wait = 0
    var max_queue = 0
    for t in range(120):
        seed = (seed * 1103515245 + 12345) % 2147483648
        if (seed >> 16) % 10 < 4:
            queue.append(t)
        for k in range(2):
            if busy_until[k] <= t and len(queue) > 0:
                var arrived = queue.pop(0)
                var wait = t - arrived
                total_wait += wait
                max_wait = max(max_wait, wait)
                seed = (seed * 1103515245 + 12345) % 2147483648
                busy_until[k] = t + 3 + (seed >> 16) % 4
                served += 1
        max_queue = max(max_queue, len(queue))
    print("served", served, "still waiting", len(queue))
    print("average wait", Float64(total_wait) / Float64(served), "max wait", max_wait, "max queue", max_queue)
    print("tellers free at", busy_until[0], busy_until[1])
