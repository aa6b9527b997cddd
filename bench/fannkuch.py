# Fannkuch-redux: for every permutation of 1..N (visited in the order of a
# counting-based generator), repeatedly reverse the first k elements, where k
# is the first element, until it is 1; report the maximum number of flips and a
# checksum (sum of flips, alternating signs by permutation index parity).
# Usage: fannkuch.py [N]. Default N=10: /usr/bin/python3.11 took 4.7-5.5 s
# (2-core dev machine, shared with builds); N=9 takes 0.5 s.
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    index = 0
    while True:
        first = perm[0]
        if first != 0:
            p = perm[:]
            flips = 0
            while first != 0:
                p[:first + 1] = p[first::-1]  # reverse p[0..first]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        index += 1
        # next permutation: rotate prefixes, counting (an odometer over count[])
        r = 1
        while True:
            if r == n:
                return checksum, max_flips, index
            perm.insert(r, perm.pop(0))  # rotate perm[0..r] left by one
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    checksum, max_flips, perms = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    print("permutations:", perms)


main()
