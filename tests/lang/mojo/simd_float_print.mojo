# Float32, Float16 and BFloat16 print the shortest digits that read back as the same value.
fn main():
    var a: Float32 = 0.1
    var b: Float32 = 1.0 / 3.0
    var c: Float32 = 1e20
    var d: Float32 = 1e-8
    var e: Float32 = 16777217
    var f: Float32 = 123456.789
    print(a, b, c, d, e, f)
    var zero: Float32 = 0
    print(-zero, Float32(1) / zero, -Float32(1) / zero, zero / zero)
    print(Float64(a))
    var h: Float16 = 0.1
    var big: Float16 = 65504
    var over: Float16 = 70000
    print(h, big, over, Float16(1) / 3)
    var bf: BFloat16 = 1.0
    print(bf, BFloat16(256) + 1)
