# Naive doubly recursive Fibonacci: measures calls and small-int arithmetic.
# Usage: fib.py [N]. Default N=36: /usr/bin/python3.11 took 1.7-1.8 s
# (2-core dev machine, shared with builds).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    calls = 2 * a - 1  # fib(n) makes 2 * F(n+1) - 1 calls
    print("fib(%d) = %d" % (n, fib(n)))
    print("calls per evaluation:", calls)


main()
