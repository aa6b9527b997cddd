# A value used inside a try statement lives until the whole statement ends: an error may
# leave the body at any point, and the handler path must still own it.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("open", id)

    fn __del__(owned self):
        print("close", self.id)


fn risky(n: Int) raises -> Int:
    if n > 1:
        raise Error("too big")
    return n


fn main():
    var a = Res(1)
    try:
        print("using", a.id)
        _ = risky(5)
        print("not reached")
    except e:
        print("caught", e)
    print("after try")
    var b = Res(2)
    try:
        _ = risky(0)
        print("fine", b.id)
    except:
        print("never")
    print("end")
