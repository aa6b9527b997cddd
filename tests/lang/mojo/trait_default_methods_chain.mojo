# Traits with several default methods built on one required method, overridden selectively, used generically.
trait Describable:
    fn name(self) -> String: ...

    fn greeting(self) -> String:
        return "Hello from " + self.name()

    fn shout(self) -> String:
        return self.greeting().upper() + "!"


trait Priced:
    fn cents(self) -> Int: ...

    fn label(self) -> String:
        var c = self.cents()
        return String(c // 100) + "." + ("0" if c % 100 < 10 else "") + String(c % 100)


@value
struct Coffee(Describable, Priced):
    var size: Int

    fn name(self) -> String:
        return "coffee #" + String(self.size)

    fn cents(self) -> Int:
        return 150 + 45 * self.size


@value
struct Robot(Describable):
    var serial: Int

    fn name(self) -> String:
        return "robot " + String(self.serial)

    fn greeting(self) -> String:
        return "BEEP " + self.name()


fn introduce[T: Describable](x: T):
    print(x.greeting(), "|", x.shout())


fn bill[T: Priced](item: T, count: Int) -> String:
    return String(count) + " x " + item.label() + " = " + String(item.cents() * count)


fn main():
    introduce(Coffee(2))
    introduce(Robot(7))
    print(bill(Coffee(0), 3))
    print(bill(Coffee(3), 2))
    print(Coffee(1).label(), Robot(1).shout())
