# SIMD values as struct fields, List elements, mut arguments and results.
@value
struct Particle:
    var position: SIMD[DType.float64, 4]
    var velocity: SIMD[DType.float64, 4]
    var mass: Float32

    fn step(mut self, dt: Float64):
        self.position += self.velocity * dt

    fn energy(self) -> Float64:
        return 0.5 * Float64(self.mass) * (self.velocity * self.velocity).reduce_add()


fn scale(mut v: SIMD[DType.int32, 4], by: Int32):
    v = v * by


fn main():
    var p = Particle(SIMD[DType.float64, 4](0), SIMD[DType.float64, 4](1, 2, 3, 0), 2)
    for _ in range(4):
        p.step(0.25)
    print(p.position, p.energy())
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    scale(v, 3)
    print(v)
    var values = List[Float32]()
    for i in range(5):
        values.append(Float32(i) / 4)
    var total: Float32 = 0
    for i in range(len(values)):
        total += values[i]
    print(total, values[3])
    var vectors = List[SIMD[DType.int16, 2]]()
    vectors.append(SIMD[DType.int16, 2](1, 2))
    vectors.append(SIMD[DType.int16, 2](30, 40))
    var sum = SIMD[DType.int16, 2](0)
    for i in range(len(vectors)):
        sum += vectors[i]
    print(sum)
