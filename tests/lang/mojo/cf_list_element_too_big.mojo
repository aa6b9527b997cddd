# A List element is at most 56 slots (a struct's fields, flattened).
struct Eight:
    var f0: Int
    var f1: Int
    var f2: Int
    var f3: Int
    var f4: Int
    var f5: Int
    var f6: Int
    var f7: Int

struct Big:
    var e0: Eight
    var e1: Eight
    var e2: Eight
    var e3: Eight
    var e4: Eight
    var e5: Eight
    var e6: Eight
    var e7: Eight

fn main():
    var l = List[Big]()
    print(len(l))
