struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn bump(mut self):
        self.n += 1

    @staticmethod
    fn zero() -> Int:
        return 0


fn main():
    Counter.bump()
    print(Counter.zero(), Counter.reset())
