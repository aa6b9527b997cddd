from testing import assert_raises


struct P:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x


fn quiet():
    with assert_raises():
        pass


fn main() raises:
    with assert_raises(text="x"):
        pass
    with assert_raises() as e:
        pass
    print(ord(5), chr("a"))
    print(repr(P(1)))
    print(divmod(1.5, 2))
    print(ord("a", "b"))
    for x in reversed(5):
        print(x)
