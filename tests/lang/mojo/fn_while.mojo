fn main():
    var i = 0
    var total = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 15:
            break
        total += i
    print(i, total)
    var n = 27
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    print(steps)
