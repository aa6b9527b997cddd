@value
struct P(Writable):
    var x: Int
