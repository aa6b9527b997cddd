# Python-style def code (dicts, comprehensions, f-strings) driving typed fn kernels.
fn isqrt(n: Int) -> Int:
    var x = n
    var y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


fn digit_sum(n: Int) -> Int:
    var s = 0
    var k = abs(n)
    while k > 0:
        s += k % 10
        k //= 10
    return s


fn mean3(a: Float64, b: Float64, c: Float64) -> Float64:
    return (a + b + c) / 3


fn squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out


def summarize(values):
    table = {v: (isqrt(v), digit_sum(v)) for v in values}
    for v, (r, d) in table.items():
        print(f"{v:>6}: isqrt={r} digits={d}")
    return sum(r for r, _ in table.values())


def main():
    total = summarize([0, 1, 15, 16, 99, 10000, 123456789])
    print("sum of roots:", total)
    sq = squares(6)
    print(sq, type(sq).__name__, sum(sq))
    print(mean3(1, 2, 4), round(mean3(0.1, 0.2, 0.3), 6))
    print(sorted(squares(5), reverse=True)[:3])
