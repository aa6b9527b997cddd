@value
struct Box:
    var n: Int

fn bump(owned b: Box) -> Box:
    b.n += 1
    return b

fn read_only(b: Box) -> Int:
    return b.n * 10

fn main():
    var a = Box(1)
    var b = a
    b.n = 5
    var c = bump(a)
    print(a.n, b.n, c.n, read_only(c))
