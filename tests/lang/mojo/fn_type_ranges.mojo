# The ranges of the integer types as compile-time constants (Int.MAX, UInt8.MIN...), Int
# wrapping past them, and StringLiteral as a type of String values.


fn saturating_add(a: Int, b: Int) -> Int:
    if b > 0 and a > Int.MAX - b:
        return Int.MAX
    if b < 0 and a < Int.MIN - b:
        return Int.MIN
    return a + b


fn main():
    print(Int.MAX, Int.MIN)
    var x: UInt8 = UInt8.MAX
    var y: Int32 = Int32.MIN
    var u: UInt = UInt.MAX
    print(x, y, u, Int64.MAX, UInt16.MAX, Int8.MIN, UInt32.MIN)
    var big = Int.MAX
    big += 1
    print("wrapped", big, big == Int.MIN)
    print(saturating_add(Int.MAX - 5, 10), saturating_add(Int.MIN + 1, -3), saturating_add(2, 3))
    alias LIMIT = Int16.MAX // 2
    print(LIMIT)
    var greeting: StringLiteral = "hello"
    print(greeting, len(greeting))
