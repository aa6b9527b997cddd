# Formatting complex numbers
z = 3.14159 - 2.71828j
print(f"{z}", f"{z:.2f}", f"{z:10.1f}|", f"{z:<25}|", f"{z:e}", f"{z:g}", f"{z:+.3f}")
print(format(1j, ""), format(1 + 0j, ""), format(-0j, ""), format(1e20j, ".3g"))
print("{:.1f}".format(1.25 + 2.75j), "{0.real}|{0.imag}".format(z))
print(str(complex(1e-8, 1e8)), repr(complex(123456789, 0.5)))
print(f"{complex(0, 1):^12}|", f"{complex(-1, -1):*>14}")
for bad in ["05", "=10", "d"]:
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print(type(e).__name__, e)
