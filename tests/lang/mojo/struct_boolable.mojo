# Structs with __bool__ (Boolable) decide conditions and `not`.

struct Flag:
    var on: Bool

    fn __init__(out self, on: Bool):
        self.on = on

    fn __bool__(self) -> Bool:
        return self.on


struct Plain:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x


fn main():
    var f = Flag(True)
    if f:
        print("on")
    if not Flag(False):
        print("off")
    while Flag(False):
        print("never")
