fn swap(mut a: Int, inout b: Int):
    pass

fn two(mut a: Int, b: Int):
    pass

fn main():
    let k = 1
    var i = 1
    swap(i, i)
    two(i, i)
    swap(k, i)
    swap(1, i)
