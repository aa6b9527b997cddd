from testing import assert_equal, assert_not_equal, assert_true, assert_false, assert_almost_equal


@value
struct Point:
    var x: Int
    var y: Int

    fn __eq__(self, other: Point) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __str__(self) -> String:
        return "Point(" + String(self.x) + ", " + String(self.y) + ")"


fn check(name: String, passed: Bool):
    print(name, "ok" if passed else "FAILED")


fn expect_failure(x: Int) -> String:
    try:
        assert_equal(x, 3, msg="x should be three")
    except e:
        return String(e)
    return "no failure"


fn main() raises:
    assert_equal(1 + 1, 2)
    assert_equal("ab" + "c", "abc")
    assert_equal(2.5, 2.5)
    assert_equal(Point(1, 2), Point(1, 2))
    assert_equal(SIMD[DType.int8, 4](1, 2, 3, 4), SIMD[DType.int8, 4](1, 2, 3, 4))
    assert_not_equal(1, 2)
    assert_true(3 > 2)
    assert_false(3 < 2, "three is not below two")
    assert_almost_equal(0.1 + 0.2, 0.3)
    assert_almost_equal(SIMD[DType.float32, 2](1.0, 2.0), SIMD[DType.float32, 2](1.0000001, 2.0))
    print("all passed")
    print(expect_failure(4))
    try:
        assert_true(False)
    except e:
        print(e)
    try:
        assert_not_equal(Point(0, 1), Point(0, 1))
    except e:
        print(e)
    try:
        assert_almost_equal(1.0, 1.1, atol=0.01)
    except e:
        print(e)
    assert_equal(SIMD[DType.int8, 2](1, 2), SIMD[DType.int8, 2](1, 3))
