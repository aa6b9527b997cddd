# `with assert_raises()` from testing: the body must raise; `contains=` also checks the
# error's text (an error without it goes on), and a body that does not raise fails.

from testing import assert_raises, assert_equal


fn fails(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative input: " + String(n))
    return n


fn main() raises:
    with assert_raises():
        _ = fails(-1)
    print("caught any")
    with assert_raises(contains="negative"):
        _ = fails(-2)
    print("caught with text")
    try:
        with assert_raises(contains="positive"):
            _ = fails(-3)
    except e:
        print("wrong text re-raised:", e)
    try:
        with assert_raises():
            _ = fails(3)
    except e:
        print("no error:", String(e).startswith("AssertionError: Didn't raise at"))
