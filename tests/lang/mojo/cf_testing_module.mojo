from testing import assert_equal, assert_true, assert_almost_equal

fn no_raises():
    assert_true(True)

fn main() raises:
    assert_equal(1, "one")
    assert_equal(1)
    assert_true(1 == 1, msg="m", extra=2)
    assert_almost_equal(1, 2)
    var l = Dict[Int, Int]()
    assert_equal(l, l)
