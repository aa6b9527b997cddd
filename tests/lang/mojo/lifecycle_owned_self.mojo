# Methods that take `owned self` consume their receiver: a variable used again is copied
# for them, `x^.method()` hands the variable over, and the method destroys the value after
# its last use unless it gives it away.


struct Ticket:
    var seat: Int

    fn __init__(out self, seat: Int):
        self.seat = seat
        print("issue", seat)

    fn __copyinit__(out self, existing: Self):
        self.seat = existing.seat
        print("reprint", existing.seat)

    fn __moveinit__(out self, owned existing: Self):
        self.seat = existing.seat
        print("hand over", existing.seat)

    fn __del__(owned self):
        print("void", self.seat)

    fn redeem(owned self) -> Int:
        print("redeem", self.seat)
        return self.seat * 2

    fn upgrade(owned self) -> Ticket:
        self.seat += 100
        return self^


fn main():
    var t = Ticket(7)
    var points = t.redeem()  # t is read below: redeem gets a reprint
    print("points", points, "seat still", t.seat)
    var u = Ticket(9)
    print("upgraded", u^.upgrade().seat)
    var v = Ticket(3).upgrade()
    print("v", v.seat)
