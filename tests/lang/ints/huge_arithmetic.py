# Arithmetic on huge integers
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, b // (a >> 150))
print(a % b)
print(-a * b)
print(a ** 2 == a * a)
print((a * b) // b == a)
print(10 ** 50 + 1, 10 ** 50 - 1)
print(abs(-10 ** 40), -(-10 ** 40))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % (10 ** 9 + 7))
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
x = 123456789123456789123456789
print(x * x * x)
print(x == 123456789123456789123456789, x < x + 1, -x < x)
print(hash(10) == hash(10), hash(-1), hash(0))
print(max(a, b), min(a, b), a > b)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
print(0x_ffff_ffff_ffff_ffff + 1)
m = 1
for _ in range(30):
    m = m * 31 + 7
print(m)
