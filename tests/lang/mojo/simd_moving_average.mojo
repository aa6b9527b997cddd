# Sliding-window sums over a Float64 signal: a scalar running window vs. SIMD windows built from pointer loads.
fn main():
    alias n = 24
    alias w = 4
    var sig = UnsafePointer[Float64].alloc(n)
    for i in range(n):
        sig[i] = Float64((i * i) % 11) - 1.5 + Float64(i) * 0.25
    var scalar = UnsafePointer[Float64].alloc(n - w + 1)
    var run: Float64 = 0
    for i in range(n):
        run += sig[i]
        if i >= w:
            run -= sig[i - w]
        if i >= w - 1:
            scalar[i - w + 1] = run
    var vec = UnsafePointer[Float64].alloc(n - w + 1)
    for i in range(n - w + 1):
        vec[i] = sig.load[width=w](i).reduce_add()
    var same = True
    var worst: Float64 = 0
    for i in range(n - w + 1):
        worst = max(worst, abs(scalar[i] - vec[i]))
        if abs(scalar[i] - vec[i]) > 1e-12:
            same = False
    print(sig.load[width=8](0))
    print(vec.load[width=8](0) / w)
    print(vec.load[width=4](n - w - 3))
    print("agree:", same, worst < 1e-12)
    var peak = 0
    for i in range(1, n - w + 1):
        if vec[i] > vec[peak]:
            peak = i
    print("peak window at", peak, "sum", vec[peak])
    sig.free()
    scalar.free()
    vec.free()
