fn in_range(x: Int) -> Bool:
    return 0 <= x < 10

fn main():
    print(in_range(-1), in_range(0), in_range(9), in_range(10))
    var f = 2.5
    print(1.0 < f <= 2.5, f >= 3.0, f == 2.5)
    print(1 < 2 < 3, 3 > 2 > 2)
