# The lifecycle methods in the spellings of both Mojo eras: `inout self` constructors and
# `borrowed` arguments (2023), `out self` with `deinit` (2025).


struct Old:
    var v: Int

    fn __init__(inout self, v: Int):
        self.v = v

    fn __copyinit__(inout self, borrowed existing: Self):
        self.v = existing.v
        print("Old copy", existing.v)

    fn __moveinit__(inout self, owned existing: Self):
        self.v = existing.v
        print("Old move", existing.v)

    fn __del__(owned self):
        print("Old del", self.v)


struct New:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn __copyinit__(out self, existing: Self):
        self.v = existing.v
        print("New copy", existing.v)

    fn __moveinit__(out self, deinit existing: Self):
        self.v = existing.v
        print("New move", existing.v)

    fn __del__(deinit self):
        print("New del", self.v)


fn main():
    var a = Old(1)
    var b = a
    var c = b^
    print("c", c.v)
    var x = New(2)
    var y = x
    var z = y^
    print("z", z.v, "x", x.v)
