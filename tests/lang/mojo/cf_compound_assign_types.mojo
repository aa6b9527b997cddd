fn main():
    var total = 0
    total += 1.5
    var ratio: Float64 = 1.0
    var n = 4
    ratio *= n
    var name = String("a")
    name += 1
    print(total, ratio, name)
