# Methods with compile-time parameters: instantiated per parameter values at each call,
# given in brackets or inferred from SIMD arguments, alongside the struct's own parameters.


struct Accumulator:
    var total: Int

    fn __init__(out self):
        self.total = 0

    fn add_times[n: Int](mut self, x: Int):
        @parameter
        for i in range(n):
            self.total += x

    fn scaled[factor: Int = 2](self) -> Int:
        return self.total * factor

    fn lanes_sum[width: Int](self, v: SIMD[DType.int32, width]) -> Int:
        return self.total + Int(v.reduce_add())


struct Poly[degree: Int]:
    var coeffs: SIMD[DType.float64, 4]

    fn __init__(out self, c: SIMD[DType.float64, 4]):
        self.coeffs = c

    fn eval_at[repeat: Int](self, x: Float64) -> Float64:
        var result = 0.0
        for _ in range(repeat):
            result = 0.0
            var p = 1.0
            for i in range(degree + 1):
                result += self.coeffs[i] * p
                p *= x
        return result


fn main():
    var acc = Accumulator()
    acc.add_times[3](5)
    acc.add_times[2](1)
    print(acc.total, acc.scaled(), acc.scaled[10]())
    print(acc.lanes_sum(SIMD[DType.int32, 4](1, 2, 3, 4)))
    var p = Poly[2](SIMD[DType.float64, 4](1.0, 2.0, 3.0, 0.0))
    print(p.eval_at[2](2.0))
    var q = Poly[3](SIMD[DType.float64, 4](1.0, 0.0, 0.0, 1.0))
    print(q.eval_at[1](3.0))
