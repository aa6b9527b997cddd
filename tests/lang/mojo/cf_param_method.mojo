struct Acc:
    var total: Int

    fn __init__(out self):
        self.total = 0

    fn add_times[n: Int](mut self, x: Int):
        self.total += n * x

    fn peek[n: Int](self) -> Int:
        return self.total + n


fn main():
    var a = Acc()
    a.add_times(5)
    a.add_times[1, 2](5)
    a.add_times["x"](5)
    let b = Acc()
    b.add_times[2](1)
    print(a.peek[k=1]())
