# A value no variable holds (a call's result) lives until the end of its statement, or
# until the condition that made it is decided; one passed as an `owned` argument or
# returned belongs to its receiver.


struct Token:
    var n: Int

    fn __init__(out self, n: Int):
        self.n = n
        print("new", n)

    fn __del__(owned self):
        print("drop", self.n)

    fn even(self) -> Bool:
        return self.n % 2 == 0

    fn __add__(self, other: Self) -> Self:
        return Token(self.n + other.n)


fn weight(t: Token) -> Int:
    return t.n * 10


fn keep(owned t: Token) -> Token:
    print("keep", t.n)
    return t^


fn main():
    print("weight", weight(Token(1)))
    print("field", Token(2).n)
    if Token(3).even():
        print("3 is even")
    else:
        print("3 is odd")
    var i = 4
    while Token(i).even():
        print("loop", i)
        i += 2
        if i > 6:
            break
    var sum = Token(10) + Token(20)
    print("sum", sum.n)
    var kept = keep(Token(7))
    print("kept", kept.n)
    _ = Token(8)
    print("end")
