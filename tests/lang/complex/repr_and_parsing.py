# repr/str of complex numbers and complex() parsing
vals = [1j, -1j, 0j, -0j, 1 + 0j, -1 - 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1.5 + 2.5j, 1e20j, 1e-5 + 1e16j,
        complex(float("inf"), 1), complex(1, float("nan")), complex(float("-inf"), float("-inf")), 0.1 + 0.2j, 3 + 1e-10j]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (1j,), {1j: 1})
for s in ["1+2j", "1-2j", "3j", "-3j", "2", "  (1+2j)  ", "1e2+1e-2j", "j", "-j", "+1.5J", "inf+nanj", "(3)"]:
    print(repr(s), complex(s))
for bad in ["1+2", "1 + 2j", "a", "", "2jj", "(1+2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(f"{1 + 2j}", f"{1.23456 + 7.891j:.2f}", f"{3 - 4j:>20}|", f"{1j:g}", f"{-1.5 + 0j:e}")
print(format(1 + 1j, ""), format(2j, ".3"), "%s %r" % (1j, 2 + 2j))
