# 'g' and general formatting at exponent boundaries
vals = [1e-5, 1e-4, 0.0001234, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 0.1, 100.0, 9.999995, 99999.95, 999999.5, 0.000099999]
for v in vals:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, ".1g"), format(v, ".0g"), format(v, "#g"), format(v, ".10g"), format(v, ""), str(v))
print(format(0.0, "g"), format(-0.0, "g"), format(0.0, "#.3g"), format(1.0, ".0e"), format(1.5, ".0e"), format(2.5, ".0e"))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), ".3g"), format(float("nan"), "F"))
print("%g %G %.2g %#.2g %10.4g|" % (1e-10, 1e-10, 123, 1, 3.14159))
