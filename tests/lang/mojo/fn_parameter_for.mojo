fn sum_unrolled[n: Int]() -> Int:
    var total = 0
    @parameter
    for i in range(n):
        total += i * i
    return total

fn first_even() -> Int:
    var found = -1
    comptime for k in range(1, 10, 2):
        if k > 4:
            found = k
            break
    return found

fn main():
    print(sum_unrolled[4](), sum_unrolled[10](), first_even())
    comptime for i in range(3, 0, -1):
        print(i, end=" ")
    print()
