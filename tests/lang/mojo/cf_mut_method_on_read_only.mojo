struct Counter:
    var n: Int
    fn __init__(out self):
        self.n = 0
    fn bump(mut self):
        self.n += 1
    fn peek(self) -> Int:
        self.bump()
        return self.n

fn use(c: Counter):
    c.bump()

fn main():
    var c = Counter()
    use(c)
    print(c.peek())
