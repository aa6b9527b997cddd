@value
struct P:
    var x: Int

fn make() -> P:
    return P(1)

make()
