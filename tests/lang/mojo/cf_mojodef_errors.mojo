# A def written as typed Mojo has its errors reported like a fn's.
def with_varargs(*xs: Int) -> Int:
    return 0


def countdown(n: Int):
    while n > 0:
        yield n


def wrong_result(x: Int) -> Int:
    return "no"


def untyped_with_mut(mut total, x: Int):
    total += x


def declared():
    var count: Int = "three"
    print(count)


def main():
    print(wrong_result(1))


from testing import assert_equal


def uses_testing():
    # assert_equal exists only for typed code: this def is typed, so its error shows.
    assert_equal(missing(), 3)
