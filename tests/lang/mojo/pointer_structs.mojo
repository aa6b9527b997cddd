# UnsafePointer to structs: elements are the structs' slots side by side.
from memory import memcpy


@value
struct Particle:
    var x: Float64
    var v: Float64
    var alive: Bool


fn step(ps: UnsafePointer[Particle], n: Int, dt: Float64):
    for i in range(n):
        var p = ps[i]
        if p.alive:
            p.x += p.v * dt
            if p.x > 10:
                p.alive = False
            ps[i] = p


fn main():
    var n = 5
    var ps = UnsafePointer[Particle].alloc(n)
    for i in range(n):
        ps[i] = Particle(Float64(i), Float64(i) * 1.5, True)
    for _ in range(4):
        step(ps, n, 0.5)
    for i in range(n):
        print(i, ps[i].x, ps[i].alive)
    var copy = UnsafePointer[Particle].alloc(n)
    memcpy(copy, ps, n)
    ps[0] = Particle(-1, 0, False)
    print(copy[0].x, ps[0].x)
    ps.free()
    copy.free()
