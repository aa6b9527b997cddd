# Mandelbrot set on an N x N grid over [-1.5, 0.5] x [-1, 1], at most 50
# iterations with escape radius 2. Instead of an image it prints the number of
# points inside the set and a checksum of the packed bitmap rows.
# Usage: mandelbrot.py [N]. Default N=1000: /usr/bin/python3.11 took 2.2 s
# (2-core dev machine, shared with builds).
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    max_iter = 50
    inside = 0
    checksum = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        row_bits = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            tr = ti = 0.0
            i = 0
            while i < max_iter and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            bit = 1 if tr + ti <= 4.0 else 0
            inside += bit
            row_bits = (row_bits << 1) | bit
        checksum = (checksum * 31 + row_bits) % 1000000007
    print("size %d, inside %d" % (n, inside))
    print("checksum", checksum)


main()
