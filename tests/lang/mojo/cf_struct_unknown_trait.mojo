@value
struct P(Stringable):
    var x: Int
