# List[Int] in fn code: construction, literals, append/pop, indexing (negative indices count
# from the end), len(), `in`, and `for x in list`.
fn sum_of(l: List[Int]) -> Int:
    var total = 0
    for x in l:
        total += x
    return total

fn main():
    var l = List[Int]()
    print(len(l))
    for i in range(5):
        l.append(i * i)
    print(len(l), l[0], l[4], l[-1], l[-5])
    l[1] = 100
    l[-1] += 3
    print(l[1], l[4], sum_of(l))
    var last = l.pop()
    var first = l.pop(0)
    print(last, first, len(l), l[0])
    var lit = [3, 1, 4, 1, 5]
    print(len(lit), sum_of(lit), sum_of([10, 20]))
    print(4 in lit, 9 in lit, 9 not in lit, lit.__contains__(5))
    var made = List[Int](7, 8, 9)
    print(made[2], made.__len__())
    var typed: List[Int] = []
    typed.append(42)
    print(typed[0])
    var count = 0
    for x in made:
        if x == 8:
            continue
        count += x
    print(count)
