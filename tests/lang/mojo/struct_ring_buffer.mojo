# A fixed-capacity ring buffer (FIFO queue) over an UnsafePointer: wrap-around indices, overwrite-oldest mode.
struct Ring:
    var buf: UnsafePointer[Int]
    var cap: Int
    var head: Int
    var count: Int

    fn __init__(out self, cap: Int):
        self.buf = UnsafePointer[Int].alloc(cap)
        self.cap = cap
        self.head = 0
        self.count = 0

    fn push(mut self, x: Int) -> Bool:
        if self.count == self.cap:
            self.buf[self.head] = x
            self.head = (self.head + 1) % self.cap
            return False
        self.buf[(self.head + self.count) % self.cap] = x
        self.count += 1
        return True

    fn pop(mut self) raises -> Int:
        if self.count == 0:
            raise Error("ring is empty")
        var x = self.buf[self.head]
        self.head = (self.head + 1) % self.cap
        self.count -= 1
        return x

    fn dump(self) -> String:
        var s = String("<")
        for i in range(self.count):
            if i > 0:
                s += " "
            s += String(self.buf[(self.head + i) % self.cap])
        return s + ">"

    fn free(mut self):
        self.buf.free()


fn main() raises:
    var r = Ring(4)
    for i in range(1, 4):
        _ = r.push(i * 10)
    print(r.dump(), r.count)
    print(r.pop(), r.pop(), r.dump())
    for i in range(4, 9):
        var fresh = r.push(i * 10)
        print("push", i * 10, "fresh" if fresh else "overwrote", r.dump())
    var total = 0
    while r.count > 0:
        total += r.pop()
    print("drained", total, r.dump())
    try:
        _ = r.pop()
    except e:
        print("error:", e)
    r.free()
