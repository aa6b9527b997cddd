@value
struct P:
    var x: Int

fn main():
    print(P(1))
