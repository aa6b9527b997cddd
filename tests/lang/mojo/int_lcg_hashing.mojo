# Pseudo-random generators and hashes that rely on 64-bit wrapping Int multiplication and shifts.
fn splitmix(mut state: Int) -> Int:
    state += -7046029254386353131
    var z = state
    z = (z ^ ((z >> 30) & 0x3FFFFFFFF)) * -4658895280553007687
    z = (z ^ ((z >> 27) & 0x1FFFFFFFFF)) * -7723592293110705685
    return z ^ ((z >> 31) & 0x1FFFFFFFF)


fn lcg(mut state: Int) -> Int:
    state = state * 6364136223846793005 + 1442695040888963407
    return (state >> 33) & 0x7FFFFFFF


fn fnv1a(s: String) -> Int:
    alias table = " abcdefghijklmnopqrstuvwxyz"
    var h = -3750763034362895579
    for i in range(len(s)):
        h = h ^ (table.find(s[i]) + 97)
        h = h * 1099511628211
    return h


fn main():
    var s = 42
    var line = String("")
    for _ in range(3):
        line += String(splitmix(s)) + " "
    print(line)
    var st = 1
    var dice = List[Int](0, 0, 0, 0, 0, 0)
    for _ in range(600):
        var r = lcg(st) % 6
        dice[r] = dice[r] + 1
    for i in range(6):
        print("face", i + 1, dice[i])
    print(fnv1a("hello"), fnv1a("mojo"), fnv1a(""))
