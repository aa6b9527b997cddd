# A List is a value: assignment and `owned` arguments copy it (unless moved with `^`),
# `.copy()` copies explicitly, read arguments share it without copying, `mut` arguments
# change the caller's List, and a returned List belongs to the caller.
fn grow(mut l: List[Int]):
    l.append(len(l))

fn consume(var l: List[Int]) -> Int:
    l.append(99)
    return len(l)

fn first(l: List[Int]) -> Int:
    return l[0]

fn echo(l: List[Int]) -> List[Int]:
    return l

fn build(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i)
    return out

fn replace(mut l: List[Int]):
    l = [7, 7, 7]

fn main():
    var a = [1, 2, 3]
    var b = a
    b.append(4)
    var c = a.copy()
    c[0] = 10
    print(len(a), len(b), a[0], c[0])
    grow(a)
    print(len(a), a[3])
    print(consume(a), len(a))
    print(consume(a^))
    a = build(3)
    var e = echo(a)
    e[0] = 5
    print(a[0], e[0], first(e))
    var d: List[Int]
    d = a
    d.append(1)
    print(len(a), len(d))
    replace(d)
    print(len(d), d[2])
    var f = a if len(a) > 1 else d
    f[1] = 50
    print(a[1], f[1])
