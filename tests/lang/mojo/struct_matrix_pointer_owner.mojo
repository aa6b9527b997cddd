# A Matrix struct owning an UnsafePointer[Float64] buffer: indexed get/set, products, transposes, explicit release.
struct Matrix:
    var rows: Int
    var cols: Int
    var data: UnsafePointer[Float64]

    fn __init__(out self, rows: Int, cols: Int):
        self.rows = rows
        self.cols = cols
        self.data = UnsafePointer[Float64].alloc(rows * cols)
        for i in range(rows * cols):
            self.data[i] = 0

    fn __moveinit__(out self, owned existing: Self):
        self.rows = existing.rows
        self.cols = existing.cols
        self.data = existing.data

    fn get(self, r: Int, c: Int) -> Float64:
        return self.data[r * self.cols + c]

    fn set(mut self, r: Int, c: Int, v: Float64):
        self.data[r * self.cols + c] = v

    fn matmul(self, o: Matrix) -> Matrix:
        var out = Matrix(self.rows, o.cols)
        for i in range(self.rows):
            for j in range(o.cols):
                var s: Float64 = 0
                for k in range(self.cols):
                    s += self.get(i, k) * o.get(k, j)
                out.set(i, j, s)
        return out^

    fn transposed(self) -> Matrix:
        var out = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                out.set(j, i, self.get(i, j))
        return out^

    fn trace(self) -> Float64:
        var t: Float64 = 0
        for i in range(min(self.rows, self.cols)):
            t += self.get(i, i)
        return t

    fn show(self):
        for i in range(self.rows):
            var line = String("")
            for j in range(self.cols):
                line += String(self.get(i, j)) + " "
            print(line)

    fn release(mut self):
        self.data.free()


fn main():
    var a = Matrix(2, 3)
    for i in range(2):
        for j in range(3):
            a.set(i, j, Float64(i * 3 + j) * 0.5)
    a.show()
    var at = a.transposed()
    at.show()
    var p = a.matmul(at)
    p.show()
    var q = at.matmul(a)
    print(p.trace(), q.trace(), q.rows, q.cols, q.get(2, 2))
    a.release()
    at.release()
    p.release()
    q.release()
