struct P:
    var x: Int

fn main():
    var p = P(1)
