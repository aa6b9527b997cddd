# // and % with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10), (10**20 + 1, 7), (-(10**20) - 1, 7), (10**20, -(10**10) - 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-(7 // 2), (-7) // 2, -7 // 2)
print(5 % 1, -5 % 1, 0 % 5)
big = 2 ** 100
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(divmod(-big, 7), divmod(big, -big), divmod(-big, big))
print(divmod(True, 2), True // True, False % 5)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
