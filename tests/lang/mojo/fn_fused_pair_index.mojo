# An index out of range in the second instruction of a fused pair (vm/typed_fusion.h)
# stops the program with the usual message and place.
fn next_item(items: List[Int], i: Int) -> Int:
    return items[i + 1]


fn main():
    var items = List[Int]()
    items.append(4)
    items.append(5)
    print(next_item(items, 0))
    print(next_item(items, 1))
