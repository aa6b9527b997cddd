struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn bump(mut self):
        self.n += 1

    fn add(mut self, k: Int):
        self.n += k

    @staticmethod
    fn make(start: Int) -> Counter:
        var c = Counter()
        c.n = start
        return c


fn main():
    var c = Counter()
    c.bump(3)
    c.add()
    c.add(1, 2)
    var d = Counter.make()
    print(c.n, d.n)
