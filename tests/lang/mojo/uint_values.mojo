# UInt is a type of its own: an unsigned machine word that wraps, divides into a Float64
# with `/` (and floors with `/=`), prints as a number and reprs as UInt(n); UInt.MAX and
# UInt.MIN are UInts. The bit module's queries fold at compile time.
from bit import bit_width, count_leading_zeros, count_trailing_zeros, is_power_of_two, pop_count


fn halve(owned u: UInt) -> UInt:
    u /= 2
    return u


fn main():
    var u = UInt(7)
    print(u, repr(u), String(UInt()), u.__repr__(), UInt.__str__(UInt(12)))
    print(UInt(0) - UInt(1), UInt(Int(-3)), UInt.MAX, UInt.MIN, repr(UInt.MAX))
    print(u / UInt(2), u // 2, u % 4, UInt(2) ** 10, halve(u), not UInt(0))
    var q: UInt
    var r: UInt
    q, r = divmod(UInt(17), UInt(5))
    print(q, r, u > 3, UInt.MAX > UInt(0), UInt.__lt__(UInt(1), UInt(2)))
    print(round(u), round(u, UInt(2)), abs(u), index(u) + 1, Int(UInt.MAX), Float64(u))
    print(UInt.__ceil__(u), UInt.__floor__(u), UInt.__trunc__(u), Bool(UInt(0)), Bool(u))
    print(hash(u) == hash(UInt(7)), UInt.__hash__(5) == UInt.__hash__(5))
    var m = UInt.MAX
    m -= 5
    print(m, UInt.MAX - m)
    var i = 10
    var w = u + i
    var n = i - u
    print(w, n, u < i, i // u, halve(i), Int.__add__(i, u))
    i /= u
    w += 1
    print(i, w)
    var small = Int8.MAX
    print(small, Int8.MIN, UInt8.MAX)
    alias tz = count_trailing_zeros(40)
    print(tz, count_leading_zeros(1), pop_count(255), bit_width(255), bit_width(-1))
    print(is_power_of_two(64), is_power_of_two(0), count_trailing_zeros(0))
