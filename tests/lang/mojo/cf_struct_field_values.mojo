@value
struct P:
    var x: Int
    var s: String

fn main():
    var a = P(1)
    var b = P(1, 2)
