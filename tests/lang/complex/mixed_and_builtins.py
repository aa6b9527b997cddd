# Complex in builtins and with other numeric types
print(complex(True), complex(False, True), complex(3, 4.5), complex(1j, 1j), complex(1j))
print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, 3), (-1) ** 0.5)
print(abs(complex(3e200, 4e200)), abs(complex(float("inf"), 1)), abs(complex(float("nan"), 1)))
print(isinstance(1j, complex), type(1j).__name__, type(1 + 1j - 1j).__name__)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not 0j)
print(1j == 1j + 0, 0 == 0j, 0.0 == -0j, [1j, 2j].index(2j), 1j in (1j,))
z = complex(2, -3)
print(z.real + z.imag, z * z.conjugate(), (z * z.conjugate()).real)
print([complex(i, -i) for i in range(3)])
print(sum([complex(i, i) for i in range(5)]), complex(1, 1) ** 10)
print(round(abs(3 + 4j)), divmod(7, 2) if True else divmod(1j, 1))
try:
    round(1 + 1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
w = 1 + 2j
w += 1
w *= 1j
w -= 2j
print(w, w / (1 + 1j), w ** 2)
