# A loop the JIT traces with int and float registers whose values change type: an int
# counter becomes a float, a float accumulator gets an int, a register starts holding a
# str. Each run leaves the trace (by a guard, or by the entry check when the loop is
# entered again) and the interpreter goes on with the same results CPython gives.


def accumulate(n, switch_at):
    total = 0
    scale = 1.5
    i = 0
    while i < n:
        if i == switch_at:
            total = float(total)  # int -> float in the middle of the loop
        total = total + i * scale
        i += 1
    return total


def mixed(values):
    out = 0
    for v in values:
        out = out + v
    return out


def counter(limit, step):
    x = 0
    while x < limit:
        x = x + step
    return x


print(accumulate(3000, 1500))
print(accumulate(3000, 10**9))
print(mixed([1, 2, 3.5, 4, 2**70, -1]))
print(counter(10000, 3))
print(counter(10000, 0.5))  # the same loop again, now with a float step
print(counter(10.0, 3))  # and a float limit
for k in range(3):
    print(k, counter(100 * (k + 1), 7 if k != 1 else 7.25))
text = 0
for j in range(2000):
    if j == 1999:
        text = "done"
    elif j % 2 == 0:
        text = text + 1
print(text)
