fn main():
    var r = range(1.5)
    var u = range(UInt(3), UInt(9))
    var b = u.__reversed__()
    print(range(5).pop())
    print(range(5)[1.0])
    var m = range(UInt(1), Int8(2))
    print(range(4).__next__())
    print(range(1, 2, 3, 4))

    fn bad(*values: missing.T):
        pass

    bad(1, 2)
