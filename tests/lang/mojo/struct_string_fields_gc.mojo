# String fields are Values in the slot map; Int fields whose bits look like pointers
# are raw and must not be traced. Run under --gc-stress too.
@value
struct Named:
    var tag: Int
    var name: String
    var weight: Float64

fn make(i: Int) -> Named:
    return Named(-1125899906838528 + i, "item" + String(i), Float64(i) / 4)

fn main():
    var total = 0
    var names = ""
    for i in range(30):
        var n = make(i)
        total += n.tag - -1125899906838528
        if i % 10 == 0:
            names += n.name + ":" + String(n.weight) + " "
    print(total, names)
