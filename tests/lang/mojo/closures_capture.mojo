# Nested fns capture the enclosing variables by reference and run where they are called.
fn outer(n: Int) -> Int:
    var total = 0
    var calls = 0

    @parameter
    fn add(x: Int):
        total += x
        calls += 1

    for i in range(n):
        add(i)

    @parameter
    fn scaled[factor: Int](x: Int) -> Int:
        if x < 0:
            return 0
        return x * factor

    print(scaled[3](total), scaled[10](-5))

    fn twice(x: Int) -> Int:
        @parameter
        fn once(y: Int) -> Int:
            return y + calls

        return once(once(x))

    print(twice(1))
    for i in range(3):

        @parameter
        fn check(limit: Int) -> Bool:
            for j in range(10):
                if j == limit:
                    return True
                if j > i + 5:
                    break
            return False

        print(i, check(2), check(9))
    return total


fn main():
    print(outer(5))
