# Mandelbrot set as typed Mojo (fn): the algorithm and output of mandelbrot.py.
# Usage: mandelbrot.mojo [N] (default 1000).
import sys

alias MAX_ITER = 50
alias MODULUS = 1000000007


# [points inside, checksum of the packed rows]
fn mandelbrot(n: Int) -> List[Int]:
    var inside = 0
    var checksum = 0
    for y in range(n):
        var ci = 2.0 * Float64(y) / Float64(n) - 1.0
        var row_bits = 0
        for x in range(n):
            var cr = 2.0 * Float64(x) / Float64(n) - 1.5
            var zr = 0.0
            var zi = 0.0
            var tr = 0.0
            var ti = 0.0
            var i = 0
            while i < MAX_ITER and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            var bit = 1 if tr + ti <= 4.0 else 0
            inside += bit
            # mandelbrot.py keeps the whole row as one big int; reducing it modulo MODULUS
            # as it grows gives the same checksum in 64 bits.
            row_bits = ((row_bits << 1) | bit) % MODULUS
        checksum = (checksum * 31 + row_bits) % MODULUS
    return [inside, checksum]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    inside, checksum = mandelbrot(n)
    print("size %d, inside %d" % (n, inside))
    print("checksum", checksum)
