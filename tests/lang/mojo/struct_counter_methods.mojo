# A struct with mut methods that return values, methods chaining through copies, and a value-returning reset.
@value
struct Tally:
    var count: Int
    var total: Int
    var largest: Int

    fn __init__(out self):
        self.count = 0
        self.total = 0
        self.largest = -1

    fn add(mut self, x: Int) -> Int:
        self.count += 1
        self.total += x
        if x > self.largest:
            self.largest = x
        return self.count

    fn merged(self, other: Tally) -> Tally:
        var t = self
        t.count += other.count
        t.total += other.total
        t.largest = max(self.largest, other.largest)
        return t

    fn mean(self) -> Float64:
        return Float64(self.total) / Float64(self.count) if self.count > 0 else 0.0

    fn reset(mut self) -> Tally:
        var old = self
        self = Tally()
        return old


fn main():
    var a = Tally()
    var b = Tally()
    for i in range(1, 6):
        _ = a.add(i * i)
    print(a.add(3), a.total, a.largest, a.mean())
    for x in List[Int](40, 2):
        _ = b.add(x)
    var c = a.merged(b)
    print(c.count, c.total, c.largest, c.mean())
    print(a.count, b.count)
    var old = c.reset()
    print(old.count, c.count, c.largest, c.mean())
