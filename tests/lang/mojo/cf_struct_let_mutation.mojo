@value
struct P:
    var x: Int

    fn grow(mut self):
        self.x += 1

fn main():
    let p = P(1)
    p.x = 2
    p.grow()
