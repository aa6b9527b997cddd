from collections import Optional, OptionalReg
from testing import *


def main():
    # Assignment through the reference value() returns.
    var a = Optional(1)
    a.value() = 2
    a.value() += 5
    print(a.value())
    var s = Optional[String](String("test"))
    var t = s.copy()
    t.value() += "ing"
    print(s.value(), t.value())

    # Comparisons with values, None and other Optionals; ~ and truth.
    var o = Optional(10)
    var n = Optional[Int]()
    print(o == 10, o != 11, o == n, o != None, n == None, n == n, Optional(3) == Optional(3))
    print(~o, ~n, o.__bool__(), n.__bool__())
    assert_true(o)
    assert_false(n)
    assert_true(o and True)
    assert_false(n or False)
    assert_equal(o, Optional(10))

    # take() empties the Optional; unsafe_take() does not check.
    var v = o.take()
    print(v, o is None, o.__str__(), o.__repr__())
    var w = Optional[String](String("x"))
    print(w.__str__(), w.__repr__(), w.unsafe_take(), w.__bool__())

    # OptionalReg is the same type.
    var r: OptionalReg[Int] = None
    print(r.__bool__(), r.or_else(33))
    r = 15
    print(r.value(), OptionalReg(4).value(), OptionalReg[Int](42).or_else(33))

    # `_ =` discards; Lists and Sets are Boolable.
    _ = Optional(1)
    _ = String("dropped")
    assert_false(List[Int]())
    assert_true(List[Int](1))
    print("done")
