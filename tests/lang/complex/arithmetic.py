# Complex arithmetic
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 1 / a)
print(a ** 2, a ** 0, a ** -1, (1j) ** 2, 2 ** (1j), a ** 0.5)
print(abs(a), abs(b), abs(-3j), abs(0j))
print(a == 3 + 4j, a != b, a == (3 + 4j) * 1, 1j * 1j == -1)
print(a.conjugate(), b.conjugate(), (5j).conjugate())
print(a.real, a.imag, (2j).real, (7 + 0j).imag, type(a.real).__name__)
print((1 + 1j) ** 8, (1 + 2j) * (1 - 2j))
print(complex(1, 2) * complex(3, 4), complex(2.5), complex(), complex(-1.5, 0))
for bad in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: int(a), lambda: float(a)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), {1 + 0j: "c"}.get(1), 2 + 0j == 2.0)
print(sum([1j, 2, 3.5, 1 - 1j]), sum([1j] * 4))
