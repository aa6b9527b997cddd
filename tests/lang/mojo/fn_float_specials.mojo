fn main():
    var zero: Float64 = 0
    print(1.0 / zero, -1.0 / zero, zero / zero)
    var inf = 1.0 / zero
    print(inf - inf == inf - inf, inf > 1e308)
