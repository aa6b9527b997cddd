# A List index out of range met inside a loop the JIT traced: the trace leaves before the
# access and the interpreter stops the program at the right line.
fn checked_sum(values: List[Int], count: Int) -> Int:
    var total = 0
    for i in range(count):
        total += values[i]
    return total


fn main():
    var values = List[Int]()
    for i in range(1000):
        values.append(i)
    print(checked_sum(values, 1000))
    print(checked_sum(values, 1001))
