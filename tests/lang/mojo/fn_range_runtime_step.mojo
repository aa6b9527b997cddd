fn collect(start: Int, stop: Int, step: Int) -> Int:
    var total = 0
    var count = 0
    for i in range(start, stop, step):
        total = total * 3 + i
        count += 1
    return total * 100 + count


fn main():
    print(collect(0, 10, 3), collect(10, 0, -3), collect(0, 10, -1), collect(5, 5, 2))
    print(collect(-5, 5, 4), collect(5, -6, -5))
    var step = 0
    for i in range(0, 3, step):
        print(i)
