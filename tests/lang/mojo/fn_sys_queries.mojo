# What sys and sys.info tell fn code at compile time.
from sys import bitwidthof, sizeof, os_is_linux, simdwidthof
from sys.info import os_is_windows, os_is_macos, num_logical_cores


fn main():
    print(bitwidthof[DType.index](), bitwidthof[DType.int8](), bitwidthof[Int](), bitwidthof[Float32]())
    print(sizeof[DType.float64](), sizeof[UInt16](), sizeof[Int]())
    print(os_is_linux(), os_is_windows(), os_is_macos(), num_logical_cores() > 0)
    alias lanes = simdwidthof[DType.float32]()
    print(lanes >= 4, lanes == simdwidthof[DType.index]() * 2)
    print(Int.MAX == (1 << bitwidthof[DType.index]() - 1) - 1)
    var v = SIMD[DType.index, 2](3, 4)
    print(v * 2)
