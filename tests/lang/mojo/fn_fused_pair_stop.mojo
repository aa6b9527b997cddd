# A stop in the second instruction of a fused pair (vm/typed_fusion.h) names that
# instruction's place (the division, not the product before it), as it does alone.
fn share(count: Int, people: Int) -> Int:
    return count // (people * 2)


fn main():
    print(share(10, 2))
    print(share(10, 0))
