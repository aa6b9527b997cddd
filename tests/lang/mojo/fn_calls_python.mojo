import math
from _fn_python_helpers import describe, Counter

def greet(name, punctuation="!"):
    return "hello " + name + punctuation

class Box:
    def __init__(self, value):
        self.value = value
    def doubled(self):
        return self.value * 2

limit = 3

fn use_python(n: Int) raises -> Int:
    var message = greet("fn", punctuation="?")
    print(message)
    var box = Box(n)
    print(box.doubled(), box.value)
    box.value = 40
    print(box.doubled())
    var items: object = [1, 2, 3]
    items[0] = 10
    print(items, items[1] + 5, len(items))
    var total = Int(box.value) + limit
    if box.value > 10:
        print("big", total)
    var f = Float64(math.sqrt(2.0))
    print(f, describe(7), Counter().bump().bump().count)
    var x: object = 5
    x = x * 3 + 1
    print(x, -x, not x, x == 16, String(x) + "!")
    return Int(x)

def main():
    print(use_python(4))
