# Loops the JIT traces (every variant of the suite runs this with --jit=off, on and eager)
# leaving their traces by every kind of guard: branches that flip, break, early return,
# inner loops, List bounds, steps of either sign, wrapping Int arithmetic, nan.


fn flip_branch(n: Int) -> Int:
    # The recorded path takes the first branch; from i = 600 on the guard fails each time.
    var total = 0
    for i in range(n):
        if i < 600:
            total += i
        else:
            total -= 2 * i
    return total


fn first_square_above(limit: Int) -> Int:
    var i = 0
    while True:
        i += 1
        if i * i > limit:
            break
    return i


fn find(values: List[Int], wanted: Int) -> Int:
    for i in range(len(values)):
        if values[i] == wanted:
            return i
    return -1


fn triangle(n: Int) -> Int:
    # The inner loop gets a trace; the outer loop's recording meets it and gives up.
    var total = 0
    for i in range(n):
        for j in range(i):
            total += j % 7
    return total


fn stepped(start: Int, stop: Int, step: Int) -> Int:
    # One loop, called with steps of both signs: the trace computes the direction.
    var total = 0
    for i in range(start, stop, step):
        total = total * 3 + i
        total %= 1000003
    return total


fn wrapping(n: Int) -> Int:
    var h = 1469598103934665603
    for i in range(n):
        h = (h ^ i) * 1099511628211
    return h


fn shifts(n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += (i << (i % 13)) >> (i % 5)
    return total


fn floor_ops(n: Int) -> Int:
    var total = 0
    for i in range(-n, n):
        total += i // 7 + i % 7 + (i * 3) // -5 + i % -3
    return total


fn halve_until(x: Float64, small: Float64) -> Int:
    var count = 0
    var v = x
    while v > small:
        v = v * 0.5
        count += 1
    return count


fn count_ordered(values: List[Float64]) -> Int:
    # nan compares false either way.
    var count = 0
    for i in range(len(values) - 1):
        if values[i] < values[i + 1] or values[i] >= values[i + 1]:
            count += 1
    return count


fn truncations(n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += Int(Float64(i) * 2.75 - 500.0)
    return total


fn scale(mut values: List[Float64], factor: Float64):
    for i in range(len(values)):
        values[i] = values[i] * factor + 1.0


fn main():
    print(flip_branch(100), flip_branch(1000))
    print(first_square_above(1000000), first_square_above(10))
    var values = List[Int]()
    for i in range(1000):
        values.append((i * 37) % 1000)
    print(find(values, 999), find(values, 1000), find(values, 0))
    print(triangle(150))
    print(stepped(0, 2000, 3), stepped(2000, 0, -7), stepped(5, 5, 1), stepped(0, 3000, 1))
    print(wrapping(1000), wrapping(3))
    print(shifts(2000))
    print(floor_ops(1000))
    print(halve_until(1.0e300, 1.0), halve_until(0.5, 1.0))
    var floats = List[Float64]()
    for i in range(300):
        floats.append(Float64(i % 17) * 0.25)
    print(count_ordered(floats))
    var zero = Float64(0)
    floats[150] = zero / zero
    print(count_ordered(floats))
    print(truncations(3000))
    scale(floats, 0.5)
    print(floats[0], floats[17], floats[299])
