struct S:
    var a, b = 1, 2

fn main():
    var p, q = 1
    var r, s = (1, 2, 3)
    var t, t = 1, 2
