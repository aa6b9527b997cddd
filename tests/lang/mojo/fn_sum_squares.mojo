fn sum_squares(n: Int) -> Int:
    var total = 0
    for i in range(n):
        total += i * i
    return total

def sum_squares_def(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

fn main():
    print(sum_squares(1000000))

print(sum_squares_def(1000) == sum_squares(1000))
