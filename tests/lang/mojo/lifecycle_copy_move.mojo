# __copyinit__ runs where a value is copied (a new variable from another, an `owned`
# argument without `^`), __moveinit__ where one is transferred with `^`, and every copy is
# destroyed on its own.


struct Tracked:
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("init", name)

    fn __copyinit__(out self, existing: Self):
        self.name = existing.name + "+"
        print("copy", existing.name, "->", self.name)

    fn __moveinit__(out self, owned existing: Self):
        self.name = existing.name
        print("move", existing.name)

    fn __del__(owned self):
        print("del", self.name)


fn borrow(t: Tracked):
    print("borrow", t.name)


fn take(owned t: Tracked):
    print("take", t.name)


fn make(name: String) -> Tracked:
    var t = Tracked(name)
    print("made", t.name)
    return t  # the caller gets t itself: no copy, no destructor here


fn main():
    var a = Tracked("a")
    var b = a  # a copy; a is not used again
    borrow(b)  # no copy for a read argument
    take(b)  # a copy: b is still used below
    print("b is", b.name)
    var c = make("c")
    take(c^)  # transferred: moved, not copied
    var d = Tracked("d")
    var e = d^
    print("e is", e.name)
    print("end")
