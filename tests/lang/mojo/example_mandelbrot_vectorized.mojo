# Mandelbrot in the shape of Mojo's published example: rows in parallel, each row vectorized
# over SIMD lanes, iteration counts stored through an UnsafePointer.
from algorithm import parallelize, vectorize
from sys import simdwidthof

alias float_type = DType.float64
alias int_type = DType.int64
alias simd_width = 2 * simdwidthof[float_type]()
alias width = 48
alias height = 20
alias max_iters = 100
alias min_x = -2.0
alias max_x = 0.6
alias min_y = -1.2
alias max_y = 1.2


fn mandelbrot_kernel[w: Int](cx: SIMD[float_type, w], cy: SIMD[float_type, w]) -> SIMD[int_type, w]:
    var x = SIMD[float_type, w](0)
    var y = SIMD[float_type, w](0)
    var y2 = SIMD[float_type, w](0)
    var iters = SIMD[int_type, w](0)
    var t = SIMD[DType.bool, w](True)
    for _ in range(max_iters):
        if not t.reduce_or():
            break
        y2 = y * y
        y = x.fma(y + y, cy)
        t = x.fma(x, y2) <= 4
        x = x.fma(x, cx - y2)
        iters = t.select(iters + 1, iters)
    return iters


fn main():
    var counts = UnsafePointer[Int64].alloc(width * height)
    var dx = (max_x - min_x) / width
    var dy = (max_y - min_y) / height

    @parameter
    fn worker(row: Int):
        @parameter
        fn compute_vector[w: Int](col: Int):
            var cx = SIMD[float_type, w](0)
            for lane in range(w):
                cx[lane] = min_x + Float64(col + lane) * dx
            var cy = SIMD[float_type, w](min_y + Float64(row) * dy)
            counts.store(row * width + col, mandelbrot_kernel(cx, cy))

        vectorize[compute_vector, simd_width](width)

    parallelize[worker](height)
    var total = 0
    for row in range(height):
        var line = String("")
        for col in range(width):
            var n = Int(counts[row * width + col])
            total += n
            line += "#" if n >= max_iters else ("*" if n > 10 else ("+" if n > 4 else " "))
        print(line)
    print("total iterations:", total)
    counts.free()
