@value
struct P:
    var x: Int

fn main():
    var p = P(1)
    print(p.y)
    p.grow()
