# 4x4 matrices as four SIMD rows: matrix-vector products, composition, transpose by lane access.
alias Row = SIMD[DType.float64, 4]


@value
struct Mat4:
    var r0: Row
    var r1: Row
    var r2: Row
    var r3: Row

    @staticmethod
    fn identity() -> Mat4:
        return Mat4(Row(1, 0, 0, 0), Row(0, 1, 0, 0), Row(0, 0, 1, 0), Row(0, 0, 0, 1))

    @staticmethod
    fn translate(x: Float64, y: Float64, z: Float64) -> Mat4:
        return Mat4(Row(1, 0, 0, x), Row(0, 1, 0, y), Row(0, 0, 1, z), Row(0, 0, 0, 1))

    @staticmethod
    fn scale(s: Float64) -> Mat4:
        return Mat4(Row(s, 0, 0, 0), Row(0, s, 0, 0), Row(0, 0, s, 0), Row(0, 0, 0, 1))

    fn apply(self, v: Row) -> Row:
        return Row((self.r0 * v).reduce_add(), (self.r1 * v).reduce_add(), (self.r2 * v).reduce_add(), (self.r3 * v).reduce_add())

    fn transpose(self) -> Mat4:
        return Mat4(
            Row(self.r0[0], self.r1[0], self.r2[0], self.r3[0]),
            Row(self.r0[1], self.r1[1], self.r2[1], self.r3[1]),
            Row(self.r0[2], self.r1[2], self.r2[2], self.r3[2]),
            Row(self.r0[3], self.r1[3], self.r2[3], self.r3[3]),
        )

    fn compose(self, o: Mat4) -> Mat4:
        var t = o.transpose()
        return Mat4(t.apply(self.r0), t.apply(self.r1), t.apply(self.r2), t.apply(self.r3))


fn main():
    var p = Row(1, 2, 3, 1)
    var m = Mat4.translate(10, -5, 0.5)
    var s = Mat4.scale(2)
    print(m.apply(p), s.apply(p))
    var ms = m.compose(s)
    var sm = s.compose(m)
    print(ms.apply(p), sm.apply(p))
    print(ms.r0, ms.r3)
    print(sm.transpose().r3)
    print(Mat4.identity().compose(m).apply(Row(0, 0, 0, 1)))
