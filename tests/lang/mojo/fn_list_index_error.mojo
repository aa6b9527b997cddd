fn get(l: List[Int], i: Int) -> Int:
    return l[i]

fn main():
    var l = [1, 2, 3]
    print(get(l, -3), get(l, 2))
    print(get(l, 3))
    print("unreachable")
