# Deque[T]: built from values, grown and shrunk at both ends, indexed, searched, looped
# over (also in reverse) and copied as a value.
from collections import Deque


fn total(d: Deque[Int]) -> Int:
    var sum = 0
    for x in d:
        sum += x[]
    return sum


fn main() raises:
    var d = Deque[Int](3, 4, 5)
    d.appendleft(2)
    d.append(6)
    d.appendleft(1)
    print(len(d), d[0], d[-1], d[2], total(d))
    for x in reversed(d):
        print(x[], end=" ")
    print()
    print(d.pop(), d.popleft(), d.peek(), d.peekleft(), len(d))
    print(4 in d, 9 in d, d.__contains__(2), d.__len__())
    d[0] = 20
    d[1] += 10
    var e = d.copy()
    e.append(99)
    e.extend(List[Int](7, 8))
    print(total(d), total(e), len(e), e.index(99))
    var names = Deque[String]()
    names.append("b")
    names.appendleft("a")
    names.reverse()
    print(names[0], names[1], names.pop() + names.pop(), len(names))
    try:
        _ = names.popleft()
    except err:
        print(err)
    try:
        _ = names.peek()
    except err:
        print(err)
    var copy = e.copy()
    copy.clear()
    print(len(copy), len(e))
