# fsum rounds the exact sum once; sum() rounds every step.
import math

cases = [
    [0.1] * 10,
    [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [1.0, 1e-16, 1e-16, 1e-16],
    [2.0 ** 53, 1.0, 1.0],
    [2.0 ** 53, -0.5, -2.0 ** -54],
    [1e308, 1e308, -1e308],
    [float(i) / 7 for i in range(-50, 50)],
    [1, 2, 3, True, 0.5],
    [3.0 * 2 ** k for k in range(-60, 60, 7)],
]
for c in cases:
    try:
        print(math.fsum(c), sum(c))
    except OverflowError as e:
        print("OverflowError", e)
print(math.fsum(x / 3 for x in range(1000)))
print(math.fsum(iter([1e-300] * 1000)))
print(math.fsum([1.7976931348623157e308, -1e292]))
try:
    math.fsum([1.7976931348623157e308, 1e292])
except OverflowError as e:
    print("OverflowError:", e)
