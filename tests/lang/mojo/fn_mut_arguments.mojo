@value
struct P:
    var x: Int
    var y: Int

    fn add_to(self, mut other: P):
        other.x += self.x
        other.y += self.y

fn swap(mut a: Int, inout b: Int):
    var t = a
    a = b
    b = t

fn bump(mut p: P, by: Int) -> Int:
    p.x += by
    return p.x

fn main():
    var i = 1
    var j = 2
    swap(i, j)
    print(i, j)
    var p = P(1, 2)
    var q = P(10, 20)
    print(bump(p, 5), p.x)
    p.add_to(q)
    print(q.x, q.y)
    swap(p.x, q.y)
    print(p.x, q.y)
