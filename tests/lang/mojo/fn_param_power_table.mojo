# Compile-time parameters: fn f[n: Int](), defaults, @parameter for unrolling and @parameter if.
fn power[n: Int](x: Int) -> Int:
    var r = 1

    @parameter
    for _ in range(n):
        r *= x
    return r


fn describe[n: Int]() -> String:
    @parameter
    if n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even " + String(n)
    else:
        return "odd " + String(n)


fn scaled[factor: Int = 10](x: Int) -> Int:
    return x * factor


fn sum_to[n: Int]() -> Int:
    alias total = n * (n + 1) // 2
    return total


fn main():
    print(power[0](5), power[1](5), power[3](5), power[10](2), power[3](-4))
    print(describe[0](), describe[7](), describe[12]())
    print(scaled(4), scaled[3](4), scaled[-1](4))
    print(sum_to[10](), sum_to[100](), sum_to[0]())
    alias cube_of_three = 3 * 3 * 3
    print(power[2](cube_of_three))
    var table = String("")

    @parameter
    for k in range(1, 5):
        table += String(power[k](3)) + " "
    print(table)
