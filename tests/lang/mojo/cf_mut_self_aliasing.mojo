@value
struct P:
    var x: Int

    fn absorb(mut self, other: P):
        self.x += other.x

    fn give(self, mut other: P):
        other.x += self.x

fn main():
    var p = P(1)
    p.absorb(p)
    p.give(p)
    var q = P(2)
    q.give(p)
    print(p.x)
