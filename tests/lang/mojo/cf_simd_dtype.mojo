alias bad = DType.float99
fn main():
    var x = SIMD[DType.int99, 2](1)
    var d = DType.float32
    var y: Scalar[3] = 1
    var z: SIMD[DType.float32, "4"] = 1
