# Exceptions raised where a traced loop runs: division by zero, an operation on a value of
# another type, and an exception from a call in the loop, caught inside and outside it.


def divide_all(n, zero_at):
    total = 0.0
    for i in range(n):
        d = i - zero_at
        try:
            total += 1.0 / d
        except ZeroDivisionError:
            total += 1000
    return round(total, 6)


def int_divide(n, zero_at):
    s = 0
    for i in range(1, n):
        s += n // (i - zero_at)
    return s


def type_error(n):
    x = 0
    for i in range(n):
        x = x + (i if i < n - 1 else "str")
    return x


print(divide_all(2000, 1500))
try:
    print(int_divide(2000, 1200))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    type_error(3000)
except TypeError as e:
    print("TypeError:", e)
i = 0
total = 0
try:
    while True:
        total += 10 % (500 - i)
        i += 1
except ZeroDivisionError as e:
    print(i, total, e)
