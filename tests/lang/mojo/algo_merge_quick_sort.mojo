# Recursive merge sort (returning new Lists) and in-place quicksort (Lomuto) on a `mut` List.
fn merge(a: List[Int], b: List[Int]) -> List[Int]:
    var out = List[Int]()
    var i = 0
    var j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    while i < len(a):
        out.append(a[i])
        i += 1
    while j < len(b):
        out.append(b[j])
        j += 1
    return out


fn merge_sort(items: List[Int]) -> List[Int]:
    if len(items) <= 1:
        return items.copy()
    var mid = len(items) // 2
    var left = List[Int]()
    var right = List[Int]()
    for i in range(len(items)):
        if i < mid:
            left.append(items[i])
        else:
            right.append(items[i])
    return merge(merge_sort(left), merge_sort(right))


fn quicksort(mut a: List[Int], lo: Int, hi: Int) -> Int:
    if lo >= hi:
        return 0
    var pivot = a[hi]
    var i = lo
    var swaps = 0
    for j in range(lo, hi):
        if a[j] < pivot:
            var t = a[i]
            a[i] = a[j]
            a[j] = t
            i += 1
            swaps += 1
    var t = a[i]
    a[i] = a[hi]
    a[hi] = t
    return swaps + 1 + quicksort(a, lo, i - 1) + quicksort(a, i + 1, hi)


fn join(items: List[Int]) -> String:
    var s = String("")
    for i in range(len(items)):
        s += (", " if i > 0 else "") + String(items[i])
    return "[" + s + "]"


fn main():
    var data = List[Int]()
    var x = 12345
    for _ in range(15):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 100 - 50)
    print(join(data))
    var m = merge_sort(data)
    print(join(m))
    var q = data.copy()
    var swaps = quicksort(q, 0, len(q) - 1)
    print(join(q), swaps)
    print(join(data) == join(merge_sort(data)), join(m) == join(q))
    print(join(merge_sort(List[Int]())), join(merge_sort(List[Int](3, 3, 1))))
