# Insertion sort and selection sort on List[Int], each on its own copy of the data.
fn insertion_sort(mut items: List[Int]):
    for i in range(1, len(items)):
        var key = items[i]
        var j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key


fn selection_sort(mut items: List[Int]) -> Int:
    var swaps = 0
    for i in range(len(items)):
        var best = i
        for j in range(i + 1, len(items)):
            if items[j] < items[best]:
                best = j
        if best != i:
            var tmp = items[i]
            items[i] = items[best]
            items[best] = tmp
            swaps += 1
    return swaps


fn show(label: String, items: List[Int]):
    var line = label + ":"
    for x in items:
        line += " " + String(x)
    print(line)


fn is_sorted(items: List[Int]) -> Bool:
    for i in range(1, len(items)):
        if items[i - 1] > items[i]:
            return False
    return True


fn main():
    var data = List[Int]()
    var seed = 17
    for _ in range(12):
        seed = (seed * 73 + 41) % 97
        data.append(seed - 48)
    show("data", data)
    var a = data.copy()
    insertion_sort(a)
    var b = data
    var swaps = selection_sort(b)
    show("insertion", a)
    show("selection", b)
    print("swaps", swaps, "sorted", is_sorted(a), is_sorted(b), is_sorted(data))
