# N-body simulation as typed Mojo (fn, struct, List): the algorithm and output of
# nbody.py. Usage: nbody.mojo [STEPS] (default 400000).
import sys

alias PI = 3.141592653589793
alias SOLAR_MASS = 4 * PI * PI
alias DAYS_PER_YEAR = 365.24


@value
struct Body:
    var x: Float64
    var y: Float64
    var z: Float64
    var vx: Float64
    var vy: Float64
    var vz: Float64
    var mass: Float64


fn body(x: Float64, y: Float64, z: Float64, vx: Float64, vy: Float64, vz: Float64,
        mass: Float64) -> Body:
    return Body(x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
                mass * SOLAR_MASS)


fn make_system() -> List[Body]:
    var bodies = List[Body]()
    bodies.append(body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0))
    # jupiter
    bodies.append(body(4.84143144246472090e+00, -1.16032004402742839e+00,
                       -1.03622044471123109e-01, 1.66007664274403694e-03,
                       7.69901118419740425e-03, -6.90460016972063023e-05,
                       9.54791938424326609e-04))
    # saturn
    bodies.append(body(8.34336671824457987e+00, 4.12479856412430479e+00,
                       -4.03523417114321381e-01, -2.76742510726862411e-03,
                       4.99852801234917238e-03, 2.30417297573763929e-05,
                       2.85885980666130812e-04))
    # uranus
    bodies.append(body(1.28943695621391310e+01, -1.51111514016986312e+01,
                       -2.23307578892655734e-01, 2.96460137564761618e-03,
                       2.37847173959480950e-03, -2.96589568540237556e-05,
                       4.36624404335156298e-05))
    # neptune
    bodies.append(body(1.53796971148509165e+01, -2.59193146099879641e+01,
                       1.79258772950371181e-01, 2.68067772490389322e-03,
                       1.62824170038242295e-03, -9.51592254519715870e-05,
                       5.15138902046611451e-05))
    # give the sun the momentum that makes the total zero
    var px = 0.0
    var py = 0.0
    var pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    var sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS
    bodies[0] = sun
    return bodies


fn energy(bodies: List[Body]) -> Float64:
    var e = 0.0
    var n = len(bodies)
    for i in range(n):
        var b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            var c = bodies[j]
            var dx = b.x - c.x
            var dy = b.y - c.y
            var dz = b.z - c.z
            e -= b.mass * c.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


fn advance(mut bodies: List[Body], dt: Float64, steps: Int):
    var n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            var b = bodies[i]
            for j in range(i + 1, n):
                var c = bodies[j]
                var dx = b.x - c.x
                var dy = b.y - c.y
                var dz = b.z - c.z
                var d2 = dx * dx + dy * dy + dz * dz
                var mag = dt / (d2 * d2 ** 0.5)
                var bm = b.mass * mag
                var cm = c.mass * mag
                b.vx -= dx * cm
                b.vy -= dy * cm
                b.vz -= dz * cm
                c.vx += dx * bm
                c.vy += dy * bm
                c.vz += dz * bm
                bodies[j] = c
            bodies[i] = b
        for i in range(n):
            var b = bodies[i]
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz
            bodies[i] = b


# [energy before, energy after, positions checksum]
fn simulate(steps: Int) -> List[Float64]:
    var bodies = make_system()
    var before = energy(bodies)
    advance(bodies, 0.01, steps)
    var checksum = 0.0
    for b in bodies:
        checksum += b.x + 2 * b.y + 3 * b.z
    return [before, energy(bodies), checksum]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    before, after, checksum = simulate(steps)
    print("%.9f" % before)
    print("%.9f" % after)
    print("positions checksum %.6f" % checksum)
