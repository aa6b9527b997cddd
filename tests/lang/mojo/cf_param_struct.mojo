trait Shape:
    fn area(self) -> Float64:
        ...


@value
struct Plain:
    var x: Int


@value
struct Box[T: Shape]:
    var item: T


struct Grid[rows: Int, cols: Int]:
    var n: Int

    fn __init__(out self):
        self.n = rows * cols


fn main():
    var a = Box[Plain](Plain(1))
    var b = Grid[2]()
    var c = Grid[2, 3, 4]()
    var d = Grid[2, "x"]()
    var e = Grid[rows=1, depth=2]()
    var f = Box(Plain(1))
    var g: Grid[2, 2] = Grid[3, 3]()
    var h = Pair2(1, "x")


@value
struct Pair2[T: CollectionElement]:
    var first: T
    var second: T


struct NoInit[T: CollectionElement]:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x


fn more():
    var n = NoInit(3)
