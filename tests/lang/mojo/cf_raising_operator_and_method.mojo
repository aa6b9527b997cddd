@value
struct Money:
    var cents: Int

    fn __add__(self, o: Money) raises -> Money:
        if o.cents < 0:
            raise Error("negative")
        return Money(self.cents + o.cents)

    fn check(self) raises -> Bool:
        return self.cents > 0


fn plain(a: Money, b: Money) -> Int:
    var c = a + b
    if a.check():
        return 1
    return c.cents


fn main():
    print(plain(Money(1), Money(2)))
