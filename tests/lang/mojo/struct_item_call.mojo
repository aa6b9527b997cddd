# x[i, j], x[i, j] = v, x[i] op= v and x(args) on structs: __getitem__, __setitem__, __call__.
struct Matrix:
    var rows: Int
    var cols: Int
    var data: List[Float64]

    fn __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.data = List[Float64]()
        for _ in range(rows * cols):
            self.data.append(0.0)

    fn __getitem__(self, i: Int, j: Int) -> Float64:
        return self.data[i * self.cols + j]

    fn __setitem__(mut self, i: Int, j: Int, value: Float64):
        self.data[i * self.cols + j] = value


@value
struct Poly:
    var a: Int
    var b: Int

    fn __call__(self, x: Int) -> Int:
        return self.a * x + self.b

    fn __getitem__(self, i: Int) -> Int:
        return self.a if i == 0 else self.b


def main():
    var m = Matrix(2, 3)
    m[0, 1] = 2.5
    m[1, 2] = 4.0
    m[1, 2] += 0.5
    print(m[0, 1], m[1, 2], m[0, 0])
    var p = Poly(3, 1)
    print(p(2), p(x=10), p[0], p[1])
