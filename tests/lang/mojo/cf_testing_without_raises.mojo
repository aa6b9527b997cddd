from testing import assert_equal

fn main():
    assert_equal(1, 1)
