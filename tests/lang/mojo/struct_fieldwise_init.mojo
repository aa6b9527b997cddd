@fieldwise_init
struct Pair(Copyable, Movable):
    var first: Int
    var second: Int

    fn sum(self) -> Int:
        return self.first + self.second

    fn swapped(self) -> Pair:
        return Pair(self.second, self.first)

fn main():
    var p = Pair(3, 4)
    var s = p.swapped()
    print(p.sum(), s.first, s.second, p.first)
