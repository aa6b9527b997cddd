fn main():
    var a: Int8 = 128
    var b: UInt8 = -1
    var c = SIMD[DType.uint16, 2](65536)
    var d: Int8 = 1.5
