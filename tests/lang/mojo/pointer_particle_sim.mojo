# Particles stored as structs behind an UnsafePointer: a 1D bounce simulation with whole-element updates.
@value
struct Particle:
    var x: Float64
    var v: Float64
    var bounces: Int


fn step(p: Particle, dt: Float64, width: Float64) -> Particle:
    var x = p.x + p.v * dt
    var v = p.v
    var b = p.bounces
    if x < 0:
        x = -x
        v = -v
        b += 1
    elif x > width:
        x = 2 * width - x
        v = -v
        b += 1
    return Particle(x, v, b)


fn main():
    alias n = 4
    var ps = UnsafePointer[Particle].alloc(n)
    ps[0] = Particle(1.0, 2.5, 0)
    ps[1] = Particle(5.0, -4.0, 0)
    ps[2] = Particle(9.5, 1.0, 0)
    ps[3] = Particle(0.0, 0.0, 0)
    for _ in range(10):
        for i in range(n):
            ps[i] = step(ps[i], 0.5, 10.0)
    var total_bounces = 0
    for i in range(n):
        var p = ps[i]
        print(i, p.x, p.v, p.bounces)
        total_bounces += p.bounces
    print("bounces", total_bounces)
    ps.free()
