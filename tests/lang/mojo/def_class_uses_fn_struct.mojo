# Python classes and defs in a .mojo file delegating per-element work to typed fns; a returned List becomes a list.
fn adler_step(state: Int, x: Int) -> Int:
    var a = (state % 65536 + x) % 65521
    var b = (state // 65536 + a) % 65521
    return b * 65536 + a


fn clamp(x: Int, lo: Int, hi: Int) -> Int:
    return max(lo, min(hi, x))


fn ramp(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i)
    return out


fn poly(x: Float64) -> Float64:
    return x * x * x - 2 * x + 1


def checksum(data):
    state = 1
    for x in data:
        state = adler_step(state, x)
    return state


class Packet:
    def __init__(self, payload):
        self.payload = list(payload)

    def signature(self):
        return checksum(self.payload)

    def clamped(self, lo, hi):
        return Packet([clamp(x, lo, hi) for x in self.payload])

    def __repr__(self):
        return f"Packet({self.payload}, sig={self.signature():#x})"


def main():
    p = Packet([300, -20, 7, 255, 1000])
    print(p)
    q = p.clamped(0, 255)
    print(q, q.payload is not p.payload)
    print(Packet(b"Wikipedia"))
    print([poly(x / 2) for x in range(-2, 3)])
    print(checksum([]), checksum(ramp(10)), ramp(3))
