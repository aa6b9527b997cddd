fn pick(flag: Bool) -> Int:
    let result: Int
    if flag:
        result = 1
    else:
        result = 2
    return result

fn main():
    let a = 5
    var b: Int
    b = a * 2
    print(a, b, pick(True), pick(False))
