fn main():
    print("a".find("a", "b"))
    print("a".center())
    print(",".join(List[Int](1), sep=","))
    alias huge = "ab" * 1000000
