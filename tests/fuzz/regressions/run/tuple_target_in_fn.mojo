@value
struct P:
    var x: Int

fn main():
    var,a = P(1)
    var b = a + a
    print(a == a)
