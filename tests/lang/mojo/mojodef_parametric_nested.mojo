# Parametric defs (def f[n: Int](...)) and defs nested in typed code, which are typed closures.
from testing import assert_true, assert_false

def describe[n: Int](x: Int) -> Int:
    return x * n

def check_any():
    @parameter
    def _test_dtype[type: DType]():
        assert_true(any(SIMD[type, 4](0, 2, 3, 4)))
        assert_false(any(SIMD[type, 4](0, 0, 0, 0)))

    _test_dtype[DType.int8]()
    _test_dtype[DType.float32]()

    def square(v: Int) -> Int:
        return v * v
    print(square(7))

def main():
    print(describe[3](5))
    check_any()
    print("ok")
