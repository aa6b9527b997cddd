# Dynamic programming tables in List[List[Int]]: edit distance, longest common subsequence, 0/1 knapsack.
fn table(n: Int, m: Int) -> List[List[Int]]:
    var t = List[List[Int]]()
    for _ in range(n):
        var row = List[Int]()
        for _ in range(m):
            row.append(0)
        t.append(row)
    return t


fn edit_distance(a: String, b: String) -> Int:
    var d = table(len(a) + 1, len(b) + 1)
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            var cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, min(d[i][j - 1] + 1, d[i - 1][j - 1] + cost))
    return d[len(a)][len(b)]


fn lcs(a: String, b: String) -> String:
    var t = table(len(a) + 1, len(b) + 1)
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    var out = String("")
    var i = 0
    var j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out += a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


fn knapsack(weights: List[Int], values: List[Int], capacity: Int) -> Int:
    var best = List[Int]()
    for _ in range(capacity + 1):
        best.append(0)
    for k in range(len(weights)):
        var c = capacity
        while c >= weights[k]:
            best[c] = max(best[c], best[c - weights[k]] + values[k])
            c -= 1
    return best[capacity]


fn main():
    print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"), edit_distance("mojo", "mojo"))
    print(lcs("ABCBDAB", "BDCABA"), lcs("AGGTAB", "GXTXAYB"), "[" + lcs("abc", "xyz") + "]")
    var w = List[Int](12, 2, 1, 1, 4)
    var v = List[Int](4, 2, 1, 2, 10)
    print(knapsack(w, v, 15), knapsack(w, v, 5), knapsack(w, v, 0))
