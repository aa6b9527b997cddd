from memory import UnsafePointer


struct File:
    var fd: Int

    fn __init__(out self, fd: Int):
        self.fd = fd

    fn __del__(owned self):
        print("close", self.fd)


fn keep(owned f: File):
    pass


fn copies():
    var f = File(1)
    var g = f
    var h = File(3)
    keep(h)
    print(h.fd)


fn main():
    var files = List[File]()
    var pair = (File(2), 1)
    var maybe: Optional[File] = None
    var p = UnsafePointer[File].alloc(1)
