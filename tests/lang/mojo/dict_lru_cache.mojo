# An LRU cache of Int -> Int built from a Dict for values and a List for recency; hit/miss accounting.
struct LRU:
    var capacity: Int
    var values: Dict[Int, Int]
    var order: List[Int]
    var hits: Int
    var misses: Int

    fn __init__(out self, capacity: Int):
        self.capacity = capacity
        self.values = Dict[Int, Int]()
        self.order = List[Int]()
        self.hits = 0
        self.misses = 0

    fn touch(mut self, key: Int):
        var kept = List[Int]()
        for k in self.order:
            if k != key:
                kept.append(k)
        kept.append(key)
        self.order = kept

    fn get(mut self, key: Int, compute_factor: Int) raises -> Int:
        if key in self.values:
            self.hits += 1
            self.touch(key)
            return self.values[key]
        self.misses += 1
        var v = key * compute_factor
        if len(self.order) == self.capacity:
            var oldest = self.order.pop(0)
            _ = self.values.pop(oldest)
        self.values[key] = v
        self.touch(key)
        return v

    fn keys(self) -> String:
        var s = String("")
        for k in self.order:
            s += String(k) + " "
        return s


fn main() raises:
    var cache = LRU(3)
    var total = 0
    for k in List[Int](1, 2, 3, 1, 4, 2, 5, 1, 1, 3):
        total += cache.get(k, 10)
        print(k, "->", cache.keys())
    print("hits", cache.hits, "misses", cache.misses, "total", total)
