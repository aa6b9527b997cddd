# Destruction follows control flow: a branch that does not use a value destroys it at its
# start, a loop keeps the values it uses alive until it ends, and `return`, `break` and
# `continue` destroy what they leave behind.


struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("open", id)

    fn __del__(owned self):
        print("close", self.id)


fn pick(flag: Bool):
    var r = Res(1)
    var s = Res(2)
    if flag:
        print("then uses r", r.id)
    else:
        print("else uses s", s.id)
    print("after if")


fn only_then(flag: Bool):
    var r = Res(3)
    if flag:
        print("then uses r", r.id)
    print("after if without else")


fn loops():
    var outer = Res(10)
    for i in range(4):
        var inner = Res(20 + i)
        if i == 1:
            print("continue at", i)
            continue
        if i == 3:
            print("break at", i, "inner", inner.id)
            break
        print("body", i, "outer", outer.id)
    print("loop done")
    var n = 0
    var w = Res(30)
    while n < 2:
        print("while", n, w.id)
        n += 1
    print("while done")


fn early(n: Int) -> Int:
    var a = Res(40)
    var b = Res(41)
    if n > 0:
        return a.id
    return b.id


fn main():
    pick(True)
    print("--")
    pick(False)
    print("--")
    only_then(True)
    print("--")
    only_then(False)
    print("--")
    loops()
    print("--")
    print(early(1))
    print(early(0))
