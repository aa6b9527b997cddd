# The same escape-time loop as typed fn code and as Python def code: both must agree.
alias MAX_ITER = 200

fn escape(cr: Float64, ci: Float64) -> Int:
    var zr: Float64 = 0
    var zi: Float64 = 0
    for i in range(MAX_ITER):
        var zr2 = zr * zr
        var zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER

fn mandel_fn(width: Int, height: Int) -> Int:
    var total = 0
    for y in range(height):
        var ci = -1.5 + 3.0 * Float64(y) / Float64(height)
        for x in range(width):
            var cr = -2.0 + 3.0 * Float64(x) / Float64(width)
            total += escape(cr, ci)
    return total

def mandel_def(width, height):
    total = 0
    for y in range(height):
        ci = -1.5 + 3.0 * y / height
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            zr = zi = 0.0
            n = 200
            for i in range(200):
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    n = i
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
            total += n
    return total

def main():
    a = mandel_fn(60, 40)
    b = mandel_def(60, 40)
    print(a, b, a == b)
