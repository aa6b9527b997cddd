# round() with and without ndigits, ties to even, float repr results
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 1, 2.675]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.14159, 3), (1234.5678, -2),
             (-1.55, 1), (1.45, 1), (0.0, 3), (-0.0, 1), (1e300, 2), (123.456, -5), (5.0, -1), (15.0, -1), (25.0, -1)]:
    print(v, n, round(v, n))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.4), round(0.6, None))
print(type(round(2.5, 0)).__name__, round(7, None), round(2.5, 1))
print(round(1e-20, 25), round(123456789.987654321, 4))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
