struct A:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn __copyinit__(out self, other: Int):
        self.x = other

    fn __moveinit__(out self, existing: Self):
        self.x = existing.x

    fn __del__(self):
        pass


struct B:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x

    fn __del__(owned self, extra: Int):
        pass


fn main():
    pass
