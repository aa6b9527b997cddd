# Arithmetic whose operands or results cross the small-int range (2^47) but fit 64 bits:
# quickened int operations compute these without the generic path; near 2^63 they must
# overflow into big ints, and zero divisors, negative shifts, bools and int subclasses must
# still behave as the generic operations do.

seed = 20231105
acc = 0
for i in range(2000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    x = seed * 69069 * 4099
    acc ^= x >> 7
    acc += (x // 3) % 1000003
    acc -= x - (x | 5)
    acc = acc & 0xFFFFFFFFFFFF
print(seed, acc)

big = 2**62
near = 2**63 - 1
for y in [1, -1, 2, 3, big, -big, near, -near, 2**47, -(2**47)]:
    row = []
    for x in [big, -big, near, -near, 2**48 + 7, -(2**48) - 7]:
        row.append((x + y, x - y, x * y, x & y, x | y, x ^ y, x // y, x % y, x >> abs(y) % 70))
    print(y, row)

for value in [big, near, 2**50, -(2**50), -(2**63)]:
    for divisor in [0]:
        try:
            print(value // divisor)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(value % divisor)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        print(value >> -1)
    except ValueError as e:
        print("ValueError:", e)
    print((-(2**63)) // -1, (-(2**63)) % -1, value * value, -value - near)


class Int(int):
    def __add__(self, other):
        return "Int.__add__"


print(Int(2**50) + 1, 1 + Int(2**50), True + 2**50, (2**50) * True, 2**50 - False)
n = 2**50
n += 2**60
n *= 7
n //= 3
n >>= 2
print(n, type(n).__name__)
