# String.join of a List: the text of each element (String() of it), between separators;
# replace of an empty String changes nothing, as in Mojo.
fn main():
    print(",".join(List[UInt8](1, 2, 3)))
    print("-".join(List[Int](10, -2)))
    print(" ".join(List[Float64](1.5, 2.0)))
    print("|".join(List[Bool](True, False)))
    print(",".join(List[UInt8]()) == "", ",".join(List[Int8](-5)))
    print("+".join(List[String]("a", "b")))
    var sep = String(", ")
    print(sep.join(List[SIMD[DType.float32, 1]](0.5, 0.25)))
    print("[" + "".replace("", "x") + "]", "ab".replace("", "-"), "abab".replace("b", ""))
    var empty = String("")
    print("hello".replace(empty, "y"), "hello".replace("l", empty + "L"))
