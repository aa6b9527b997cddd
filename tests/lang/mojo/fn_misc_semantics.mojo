# math's constants in fn code, Float64 ** Int, a static method reached through a value,
# a `while True` loop left only by `return`, and the truth of a String.

from math import pi, e, sqrt
import math


struct Counter:
    var n: Int

    fn __init__(out self):
        self.n = 0

    @staticmethod
    fn zero() -> Int:
        return 0


fn find(target: Int) -> Int:
    var i = 0
    while True:
        if i * i >= target:
            return i
        i += 1


fn main():
    print(pi, e, math.tau, math.pi * 2.0)
    var x = 2.0
    var n = 10
    print(x ** n, 1.5 ** 2)
    var c = Counter()
    print(c.zero(), Counter.zero())
    print(find(50))
    var s = String("")
    if not s:
        print("empty")
    s += "x"
    if s:
        print("non-empty", s)
