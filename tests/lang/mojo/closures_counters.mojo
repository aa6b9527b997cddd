# Nested fns capturing enclosing variables: accumulators, a memo table in a List, helpers calling helpers.
fn running_stats(values: List[Int]) -> String:
    var count = 0
    var total = 0
    var largest = values[0]

    @parameter
    fn visit(v: Int):
        count += 1
        total += v
        if v > largest:
            largest = v

    for v in values:
        visit(v)
    return String(count) + " " + String(total) + " " + String(largest)


fn ways_to_climb(n: Int) -> Int:
    var memo = List[Int]()
    for _ in range(n + 1):
        memo.append(-1)

    @parameter
    fn ways(k: Int) -> Int:
        if k <= 1:
            return 1
        if memo[k] >= 0:
            return memo[k]
        var a = memo[k - 1] if memo[k - 1] >= 0 else 0
        var b = memo[k - 2] if memo[k - 2] >= 0 else 0
        return a + b

    for k in range(n + 1):
        memo[k] = ways(k)
    return memo[n]


fn main():
    print(running_stats(List[Int](4, -2, 9, 3)))
    print(running_stats(List[Int](-5)))
    print(ways_to_climb(1), ways_to_climb(5), ways_to_climb(30), ways_to_climb(90))
    var scale = 3
    var offset = 1

    @parameter
    fn transform(x: Int) -> Int:
        return x * scale + offset

    @parameter
    fn twice(x: Int) -> Int:
        return transform(transform(x))

    print(transform(2), twice(2))
    scale = 10
    print(transform(2), twice(2))
