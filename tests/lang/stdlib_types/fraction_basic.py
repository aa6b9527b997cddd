from fractions import Fraction as F

print(F(3, 4), F(6, -8), F(5), F(0.1), F("3/4"), F(" -1.5e3 "), F("1_000/3"), F(".5"))
print(repr(F("5.")), repr(F("1e-2")), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(True), F(-0.0), F(2.5))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3)
print(a ** F(1, 2), a ** 0.5, 2 ** F(3), 2 ** F(-1), 2 ** F(1, 2), F(4) ** F(1, 2), F(-8) ** F(1, 3) if False else "")
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a)
print(a * 1j, 1j + a, 7 // a, 7 % a, divmod(7, a), a % 0.1, F(-7, 2) // 2, F(-7, 2) % 2)
print(str(a), str(F(4, 2)), repr(F(-7, 3)), str(F(-7, 3)), float(a), int(F(-7, 2)), int(F(7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2))
print(bool(F(0)), bool(a), abs(F(-1, 2)), +a, -a, a.numerator, a.denominator, a.as_integer_ratio())
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) < 1, a < 0.34, a > b, a >= a)
print(F(1, 2) <= 0.5, F(1) < float("inf"), F(1) > float("nan"), F(1, 2) == complex(0.5, 0), 1 < a, 0.5 > a)
print([hash(x) for x in (F(1, 2), F(-1, 2), F(3), F(-3), F(1, 3), F(-1, 1))])
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), hash(F(7, 4)) == hash(1.75))
print({F(1, 2): "half"}[0.5], F(1, 2) in {0.5}, F(3) in [3], len({F(1, 2), 0.5, F(2, 4)}))
print(F("3.14159").limit_denominator(10), F(3.141592653589793).limit_denominator(100))
print(F(1, 3).limit_denominator(2), F(355, 113).limit_denominator(1000), F(0.1).limit_denominator())
print(F(-1, 3).limit_denominator(2), F(1, 2).limit_denominator(1), F(2 ** 0.5).limit_denominator(1000))
print(F.from_float(0.25), F.from_float(3), sum([F(1, n) for n in range(1, 11)]))
print(sorted([F(1, 2), 0.3, 1, F(1, 3)]), max(F(2, 3), 0.6), min(F(-1, 3), -0.34))
print(F(10 ** 30, 3) + F(1, 10 ** 20), F(2 ** 70, 2 ** 68))


def egyptian(frac):
    parts = []
    while frac.numerator != 0:
        unit = F(1, -(-frac.denominator // frac.numerator))
        parts.append(unit)
        frac -= unit
    return parts


print(" + ".join(map(str, egyptian(F(7, 15)))), sum(egyptian(F(5, 121))) == F(5, 121))


def continued_fraction(x, terms):
    out = []
    for _ in range(terms):
        whole = x.numerator // x.denominator
        out.append(whole)
        x -= whole
        if x == 0:
            break
        x = 1 / x
    return out


print(continued_fraction(F(415, 93), 10), continued_fraction(F(3.14159), 6))
total = F(0)
for i in range(1, 21):
    total += F(1, i * (i + 1))
print(total, float(total), f"{float(total):.5f}")
print(format(a, ""), f"{a}", f"{a!r}")


class Money(F):
    pass


m = Money(5, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__)
