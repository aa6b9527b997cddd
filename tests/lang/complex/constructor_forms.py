# complex() constructor variants
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(real=3), complex(imag=4), complex(real=1, imag=-1))
print(complex("1"), complex("1j"), complex("-1.5-2.5j"), complex("  1e1+1e1j "), complex("(0-0j)"), complex("INFj"))
print(complex(1 + 2j, 1j), complex(1j, 2), complex(True, False), complex(2 ** 53 + 1, 0))
print(complex(10 ** 20), complex(-0.0), complex(0, -0.0), complex(-0.0, -0.0))
for bad in [lambda: complex("1", "2"), lambda: complex([]), lambda: complex(None), lambda: complex("1+2i")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(type(complex(1)).__name__, complex(1) == 1, complex(1, 0) is not None)
