# Mandelbrot iteration counts computed four points at a time with SIMD lanes, checked
# against the scalar loop.
alias width = 4
alias max_iter = 50


fn scalar_count(cr: Float64, ci: Float64) -> Int:
    var zr: Float64 = 0
    var zi: Float64 = 0
    for i in range(max_iter):
        if zr * zr + zi * zi > 4:
            return i
        var t = zr * zr - zi * zi + cr
        zi = 2 * zr * zi + ci
        zr = t
    return max_iter


fn simd_count(cr: SIMD[DType.float64, width], ci: SIMD[DType.float64, width]) -> SIMD[DType.int64, width]:
    var zr = SIMD[DType.float64, width](0)
    var zi = SIMD[DType.float64, width](0)
    var counts = SIMD[DType.int64, width](0)
    var active = SIMD[DType.bool, width](True)
    for _ in range(max_iter):
        active = active & (zr * zr + zi * zi <= 4)
        if not active.reduce_or():
            break
        counts += active.select(SIMD[DType.int64, width](1), SIMD[DType.int64, width](0))
        var t = zr.fma(zr, cr - zi * zi)
        zi = (2 * zr).fma(zi, ci)
        zr = t
    return counts


fn main():
    var rows = 12
    var cols = 32
    var mismatches = 0
    var total = 0
    for y in range(rows):
        var ci = -1.2 + 2.4 * Float64(y) / Float64(rows)
        var line = String("")
        for x in range(0, cols, width):
            var cr = SIMD[DType.float64, width](0)
            for lane in range(width):
                cr[lane] = -2.0 + 2.6 * Float64(x + lane) / Float64(cols)
            var counts = simd_count(cr, SIMD[DType.float64, width](ci))
            for lane in range(width):
                var n = Int(counts[lane])
                total += n
                if n != scalar_count(Float64(cr[lane]), ci):
                    mismatches += 1
                line += "#" if n == max_iter else ("+" if n > 5 else ".")
        print(line)
    print("total", total, "mismatches", mismatches)
