# Modular inverses via the extended Euclidean algorithm and the Chinese remainder theorem on Int.
fn ext_gcd(a: Int, b: Int) -> (Int, Int, Int):
    var old_r = a
    var r = b
    var old_s = 1
    var s = 0
    var old_t = 0
    var t = 1
    while r != 0:
        var q = old_r // r
        var tmp = old_r - q * r
        old_r = r
        r = tmp
        tmp = old_s - q * s
        old_s = s
        s = tmp
        tmp = old_t - q * t
        old_t = t
        t = tmp
    return old_r, old_s, old_t


fn modinv(a: Int, m: Int) raises -> Int:
    var g = ext_gcd(a % m, m)
    if g[0] != 1:
        raise Error(String(a) + " has no inverse mod " + String(m))
    return g[1] % m


fn crt(residues: List[Int], moduli: List[Int]) raises -> (Int, Int):
    var x = 0
    var m = 1
    for i in range(len(moduli)):
        var mi = moduli[i]
        var ai = residues[i]
        var k = ((ai - x) % mi) * modinv(m % mi, mi) % mi
        x += m * k
        m *= mi
    return x % m, m


fn main():
    var nums = List[Int](3, 10, 7, 4, 123456, 2)
    var mods = List[Int](11, 17, 26, 8, 1000003, 9)
    for i in range(len(nums)):
        try:
            var inv = modinv(nums[i], mods[i])
            print(nums[i], "^-1 mod", mods[i], "=", inv, "check", nums[i] * inv % mods[i])
        except e:
            print("error:", e)
    var g = ext_gcd(240, 46)
    print(g[0], g[1], g[2], 240 * g[1] + 46 * g[2])
    try:
        var r = crt(List[Int](2, 3, 2), List[Int](3, 5, 7))
        print("x =", r[0], "mod", r[1])
        var r2 = crt(List[Int](1, 4, 6), List[Int](3, 5, 7))
        print("x =", r2[0], "mod", r2[1], r2[0] % 3, r2[0] % 5, r2[0] % 7)
        _ = crt(List[Int](1, 2), List[Int](4, 6))
    except e:
        print("error:", e)
