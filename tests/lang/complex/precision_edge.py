# Complex results that exercise float formatting inside complex repr
print((0.1 + 0.2j) * 3, (1 / 3) * 1j, 1e16 + 1j, 1e-7j)
print((1 + 2j) / (3 + 4j), (1e308 + 1e308j) / (1e308 + 1e308j))
print(2j / 3, (5 + 5j) / 5j, 1 / (2 - 2j))
print(1j ** 0.5, (-1 + 0j) ** 0.5, (-4) ** 0.5)
print((2 + 3j) ** 3, (2 + 3j) ** -2)
print(complex(1.5, 2.5) == complex("1.5+2.5j"))
values = [1 + 1j, 2 - 1j, -3 + 0.5j]
prod = 1
for v in values:
    prod *= v
print(prod)
print([abs(v) for v in values])
print(sorted(values, key=abs), max(values, key=lambda c: c.imag))
print(complex(-0.0, -0.0), -complex(0.0, 0.0), complex(0.0, 0.0) * -1)
print(1e300j * 1e10, 1e300 * 1e10j, (1e300 + 1e300j) * 1e10)
print(complex(float("inf"), 0) * 1j, complex(0, float("nan")) + 1)
