# A struct holding managed fields: @value synthesises a copy and a move that copy and move
# each field, destroying the whole destroys its fields (after its own __del__), and
# assigning a field destroys the value it replaces.


struct Handle:
    var fd: Int

    fn __init__(out self, fd: Int):
        self.fd = fd
        print("open", fd)

    fn __copyinit__(out self, existing: Self):
        self.fd = existing.fd + 100
        print("dup", existing.fd, "->", self.fd)

    fn __moveinit__(out self, owned existing: Self):
        self.fd = existing.fd
        print("move", existing.fd)

    fn __del__(owned self):
        print("close", self.fd)


@value
struct Connection:
    var name: String
    var handle: Handle


struct Server:
    var log: Handle
    var port: Int

    fn __init__(out self, port: Int):
        self.log = Handle(port)
        self.port = port

    fn rotate(mut self):
        self.log = Handle(self.port + 1)  # the old log is closed first

    fn __del__(owned self):
        print("server down", self.port)


fn main():
    var c = Connection("db", Handle(3))
    print("connection", c.name, c.handle.fd)
    var d = c  # field by field: the Handle is duplicated
    print("copy", d.name, d.handle.fd)
    var s = Server(8080)
    s.rotate()
    print("log", s.log.fd)
    print("end")
