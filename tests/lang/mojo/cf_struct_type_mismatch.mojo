@value
struct A:
    var v: Int

@value
struct B:
    var v: Int

fn take(a: A) -> Int:
    return a.v

fn main():
    print(take(B(1)))
