# Operator dunders that raise: Money with a currency, where adding different currencies is an error.
@value
struct Money(Stringable):
    var cents: Int
    var currency: String

    fn __add__(self, o: Money) raises -> Money:
        if self.currency != o.currency:
            raise Error("cannot add " + o.currency + " to " + self.currency)
        return Money(self.cents + o.cents, self.currency)

    fn __mul__(self, k: Int) -> Money:
        return Money(self.cents * k, self.currency)

    fn __lt__(self, o: Money) raises -> Bool:
        if self.currency != o.currency:
            raise Error("cannot compare " + self.currency + " with " + o.currency)
        return self.cents < o.cents

    fn __str__(self) -> String:
        var sign = "-" if self.cents < 0 else ""
        var c = abs(self.cents)
        return sign + String(c // 100) + "." + ("0" if c % 100 < 10 else "") + String(c % 100) + " " + self.currency


fn total(items: List[Money]) raises -> Money:
    var t = Money(0, items[0].currency)
    for m in items:
        t = t + m
    return t


fn main():
    var coffee = Money(350, "EUR")
    var cake = Money(425, "EUR")
    var taxi = Money(1999, "USD")
    try:
        print(String(coffee + cake), String(coffee * 3), coffee < cake)
        print(String(total(List[Money](coffee, cake, coffee * 2))))
        print(String(total(List[Money](coffee, taxi))))
    except e:
        print("error:", e)
    try:
        print(taxi < coffee)
    except e:
        print("error:", e)
    print(String(Money(-5, "GBP")), String(taxi * -1))
