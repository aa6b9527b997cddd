# Fannkuch-redux as typed Mojo (fn, List[Int]): the algorithm and output of fannkuch.py.
# Usage: fannkuch.mojo [N] (default 10).
import sys


# [checksum, max flips, permutations]
fn fannkuch(n: Int) -> List[Int]:
    var perm = List[Int]()
    var count = List[Int]()
    for i in range(n):
        perm.append(i)
        count.append(0)
    var max_flips = 0
    var checksum = 0
    var sign = 1
    var index = 0
    while True:
        var first = perm[0]
        if first != 0:
            var p = perm.copy()
            var flips = 0
            while first != 0:
                # reverse p[0..first]
                var lo = 0
                var hi = first
                while lo < hi:
                    var t = p[lo]
                    p[lo] = p[hi]
                    p[hi] = t
                    lo += 1
                    hi -= 1
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        index += 1
        # next permutation: rotate prefixes, counting (an odometer over count[])
        var r = 1
        while True:
            if r == n:
                return [checksum, max_flips, index]
            # rotate perm[0..r] left by one
            var head = perm[0]
            for k in range(r):
                perm[k] = perm[k + 1]
            perm[r] = head
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1
    return [checksum, max_flips, index]  # not reached: the loop returns


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    checksum, max_flips, perms = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    print("permutations:", perms)
