# A value a nested fn captures lives as long as calls of the nested fn may come: through
# every vectorize step, until the statement with the last call.
from algorithm import vectorize


struct Scale:
    var factor: Int

    fn __init__(out self, factor: Int):
        self.factor = factor
        print("scale up", factor)

    fn __del__(owned self):
        print("scale down", self.factor)


fn main():
    var s = Scale(3)
    var total = 0

    @parameter
    fn step[width: Int](i: Int):
        total += i * s.factor
        print("step", i, "width", width)

    vectorize[step, 4](6)
    print("total", total)
    var once = Scale(5)

    fn twice(x: Int) -> Int:
        var local = Scale(x)
        return local.factor * once.factor

    print("twice", twice(2))
    print("end")
