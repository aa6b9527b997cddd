# Pascal's triangle row by row in a List, binomial coefficients, Catalan numbers and row sums.
fn next_row(row: List[Int]) -> List[Int]:
    var out = List[Int](1)
    for i in range(1, len(row)):
        out.append(row[i - 1] + row[i])
    out.append(1)
    return out


fn binomial(n: Int, k: Int) -> Int:
    if k < 0 or k > n:
        return 0
    var kk = min(k, n - k)
    var r = 1
    for i in range(1, kk + 1):
        r = r * (n - kk + i) // i
    return r


fn main():
    var row = List[Int](1)
    for n in range(8):
        var line = String("")
        for x in row:
            line += String(x) + " "
        print(line)
        row = next_row(row)
    print(binomial(10, 3), binomial(52, 5), binomial(60, 30), binomial(5, 7))
    var catalan = String("")
    for n in range(12):
        catalan += String(binomial(2 * n, n) // (n + 1)) + " "
    print(catalan)
    var r = List[Int](1)
    for _ in range(20):
        r = next_row(r)
    var s = 0
    var alt = 0
    for i in range(len(r)):
        s += r[i]
        alt += r[i] if i % 2 == 0 else -r[i]
    print(len(r), s, alt, r[10] == binomial(20, 10))
