# DType values at run time: variables, arguments and results, ==/is comparisons, their
# text (String, repr, print), Sets and Dict keys, and what a DType tells about itself.
from collections import Dict, Set

alias WIDE = DType.float64
alias PARSED = DType._from_str("DType.int16")


fn widest(a: DType, b: DType) -> DType:
    if a.sizeof() >= b.sizeof():
        return a
    return b


fn describe(d: DType) -> String:
    var kind = String("other")
    if d.is_floating_point():
        kind = "float"
    elif d.is_integral():
        kind = "signed int" if d.is_signed() else "unsigned int"
    return String(d) + ": " + kind + ", " + String(d.bitwidth()) + " bits"


fn main() raises:
    var d = DType.float32
    print(d, repr(d), String(DType.index), repr(DType.invalid))
    print(d == DType.float32, d is DType.float32, d is not DType.float32, d != DType.int8)
    print(DType.index == DType.int64, DType.float32 is DType.float32)
    d = widest(DType.int8, WIDE)
    print(d, widest(DType.uint16, DType.int16))
    print(describe(DType.float16), "|", describe(DType.uint8), "|", describe(DType.index))
    print(describe(DType.bfloat16), "|", describe(DType.int32))
    print(PARSED, DType._from_str("bool"), DType._from_str("float99"))
    alias same = DType._from_str("float32") is DType.float32
    print(same)

    var seen = Set[DType]()
    seen.add(DType.bool)
    seen.add(DType.int64)
    seen.add(DType.bool)
    print(len(seen), DType.int64 in seen, DType.index in seen, DType.float32 in seen)
    var sizes = Dict[DType, Int]()
    sizes[DType.uint32] = DType.uint32.sizeof()
    sizes[DType.float64] = 8
    sizes[DType.uint32] += 1
    print(sizes[DType.uint32], sizes[DType.float64], DType.int8 in sizes)
    for key in sizes:
        print(key[], repr(key[]))
