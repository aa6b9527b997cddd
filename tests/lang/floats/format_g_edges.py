# 'g' and general formatting at exponent boundaries
vals = [1e-5, 1e-4, 0.0001234, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 0.1, 100.0, 9.999995, 99999.95, 999999.5, 0.000099999]
for v in vals:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, ".1g"), format(v, ".0g"), format(v, "#g"), format(v, ".10g"), format(v, ""), str(v))
print(format(0.0, "g"), format(-0.0, "g"), format(0.0, "#.3g"), format(1.0, ".0e"), format(1.5, ".0e"), format(2.5, ".0e"))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), ".3g"), format(float("nan"), "F"))
print("%g %G %.2g %#.2g %10.4g|" % (1e-10, 1e-10, 123, 1, 3.14159))
for p in range(0, 18, 3):
    print(p, format(2 / 3, f".{p}g"), format(2 / 3 * 1e10, f".{p}g"), format(2 / 3 * 1e-10, f".{p}g"))
for e in range(-7, 18, 3):
    v = 1.5 * 10.0 ** e
    print(e, format(v, "g"), format(v, "G"), format(v, "#.4g"), f"{v:n}", str(v))
print(f"{123456789:g}", f"{123456789:.12g}", f"{0.1:.17g}", f"{0.1:.20g}", f"{1/3:.25g}")
print(f"{1e-5:.5g}", f"{1.0:g}", f"{10.0:g}", f"{1e6:g}", f"{1e5:g}", f"{123e5:g}")
print(f"{5e-324:g}", f"{1.7976931348623157e308:g}", f"{2.2250738585072014e-308:.3g}")
for v in [0.5, 1.5, 2.5, 0.125, 0.375]:
    print(v, f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", f"{v:.0e}", f"{v:.1g}")
print("%.3g|%g|%#g|%-8g|%08.3g|%+g" % (0.0001234, 1e100, 0.5, 1.5, 3.14159, 2.0))
