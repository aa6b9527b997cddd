# Structs with compile-time parameters: each distinct set of parameter values is its own
# struct type, whose fields and methods see the values as constants and the types as
# types; defaults fill parameters not given, and keyword parameters name them.


@value
struct Pair[T: CollectionElement]:
    var first: T
    var second: T

    fn swap(mut self):
        var t = self.first
        self.first = self.second
        self.second = t


struct Grid[rows: Int, cols: Int]:
    var cells: UnsafePointer[Int]

    fn __init__(out self):
        self.cells = UnsafePointer[Int].alloc(rows * cols)
        for i in range(rows * cols):
            self.cells[i] = 0

    fn set(mut self, r: Int, c: Int, v: Int):
        self.cells[r * cols + c] = v

    fn row_sum(self, r: Int) -> Int:
        var total = 0
        for c in range(cols):
            total += self.cells[r * cols + c]
        return total

    @staticmethod
    fn area() -> Int:
        return rows * cols


struct Counter[start: Int = 10, step: Int = 1]:
    var value: Int

    fn __init__(out self):
        self.value = start

    fn tick(mut self):
        self.value += step


fn main():
    var p = Pair[Int](1, 2)
    p.swap()
    print(p.first, p.second)
    var s = Pair[String]("left", "right")
    s.swap()
    print(s.first, s.second)
    var g = Grid[2, 3]()
    g.set(1, 0, 4)
    g.set(1, 2, 5)
    print(g.row_sum(0), g.row_sum(1), Grid[2, 3].area(), Grid[4, 4].area())
    alias Board = Grid[3, 3]
    print("board cells", Board.area())
    var a = Counter()
    var b = Counter[100]()
    var c = Counter[step=5]()
    a.tick()
    b.tick()
    c.tick()
    c.tick()
    print(a.value, b.value, c.value)
