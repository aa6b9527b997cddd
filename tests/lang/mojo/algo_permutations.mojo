# Permutations in lexicographic order with next_permutation on a List, counting and ranking them.
fn next_permutation(mut a: List[Int]) -> Bool:
    var i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    var j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    var t = a[i]
    a[i] = a[j]
    a[j] = t
    var lo = i + 1
    var hi = len(a) - 1
    while lo < hi:
        t = a[lo]
        a[lo] = a[hi]
        a[hi] = t
        lo += 1
        hi -= 1
    return True


fn show(a: List[Int]) -> String:
    var s = String("")
    for x in a:
        s += String(x)
    return s


fn main():
    var a = List[Int](1, 2, 3)
    var line = show(a)
    while next_permutation(a):
        line += " " + show(a)
    print(line)
    var b = List[Int](1, 1, 2, 2)
    var count = 1
    while next_permutation(b):
        count += 1
    print("distinct arrangements of 1122:", count, show(b))
    var c = List[Int](0, 1, 2, 3, 4, 5, 6, 7)
    var k = 0
    while k < 10000 and next_permutation(c):
        k += 1
    print("10000th successor:", show(c))
    var d = List[Int](3, 2, 1)
    print(next_permutation(d), show(d))
