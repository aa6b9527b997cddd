# reversed() of a Dict, of its values() and of its items(): from the last key inserted to
# the first, as Mojo's Dict (and Python's dict) keep insertion order.
from collections import Dict


fn main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    d["c"] = 3
    d["a"] = 10
    var keys = String("")
    for k in reversed(d):
        keys += k[]
    print(keys)
    for v in reversed(d.values()):
        print(v[], end=" ")
    print()
    for e in reversed(d.items()):
        print(e[].key, e[].value, end="; ")
    print()
    _ = d.pop("b")
    d["b"] = 20
    for k in reversed(d):
        print(k[], end=" ")
    print()
    var empty = Dict[Int, Int]()
    var count = 0
    for _ in reversed(empty.items()):
        count += 1
    print(count)
