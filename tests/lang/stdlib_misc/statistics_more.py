# statistics: mode, multimode, quantiles, two-variable functions, fractions-like data, errors.
import statistics as st

print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(st.mode("aabbbcc"), st.mode([2, 1, 1, 2]), st.mode([1.0, 1, True]), st.mode(iter([5])))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([3, 1, 2]), st.multimode(x % 3 for x in range(8)))

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10))
print(st.quantiles(data))
print(st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=5), st.quantiles([1.5, 2.5, 10], n=3, method="inclusive"), st.quantiles([3, 1], n=1))
print(st.quantiles(range(100), n=7))
print([round(q, 2) for q in st.quantiles([x * 0.37 for x in range(40)], n=20)])

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, x[::-1]), st.correlation(x, x), st.correlation(x, x[::-1]))
print(st.correlation(x, y), st.correlation([1.5, 2.25, 3.0, 8.0], [0.1, 0.4, 0.5, 0.9]))
fit = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(fit, fit.slope, fit.intercept, tuple(fit))
print(st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]))
print(st.linear_regression([1, 2, 3], [2.1, 3.9, 6.2], proportional=True))

class Ratio:
    """A minimal fraction type: statistics only needs numerator/denominator and T(n, d)."""
    def __init__(self, n, d=1):
        g = 1
        a, b = abs(n), abs(d)
        while b:
            a, b = b, a % b
        g = a or 1
        if d < 0:
            n, d = -n, -d
        self.numerator, self.denominator = n // g, d // g
    def __repr__(self):
        return f"Ratio({self.numerator}, {self.denominator})"

print(st.mean([Ratio(1, 3), Ratio(1, 6), Ratio(1, 2)]), st.variance([Ratio(1, 2), Ratio(3, 2), Ratio(5, 2)]))
print(st.mean([Ratio(1, 3), 2]), st.pvariance([Ratio(1, 4), Ratio(3, 4), 1]))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (st.StatisticsError, TypeError, ValueError, AttributeError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("mean []", lambda: st.mean([]))
attempt("fmean []", lambda: st.fmean([]))
attempt("fmean iter", lambda: st.fmean(iter([])))
attempt("median []", lambda: st.median([]))
attempt("median_low []", lambda: st.median_low([]))
attempt("median_high []", lambda: st.median_high([]))
attempt("median_grouped []", lambda: st.median_grouped([]))
attempt("median_grouped str", lambda: st.median_grouped(["a", "b"]))
attempt("mode []", lambda: st.mode([]))
attempt("variance [1]", lambda: st.variance([1]))
attempt("stdev [1]", lambda: st.stdev([1]))
attempt("pvariance []", lambda: st.pvariance([]))
attempt("pstdev []", lambda: st.pstdev([]))
attempt("quantiles n=0", lambda: st.quantiles([1, 2], n=0))
attempt("quantiles short", lambda: st.quantiles([1]))
attempt("quantiles method", lambda: st.quantiles([1, 2], method="middle"))
attempt("mean str", lambda: st.mean(["a", "b"]))
attempt("mean mixed", lambda: st.mean([1, 2.0, Ratio(1, 2)]))
attempt("fmean str", lambda: st.fmean(["1"]))
attempt("fmean big", lambda: st.fmean([2 ** 2000]))
attempt("fmean weights len", lambda: st.fmean([1, 2], [1]))
attempt("fmean weights zero", lambda: st.fmean([1, 2], [0, 0]))
attempt("harmonic negative", lambda: st.harmonic_mean([1, -2]))
attempt("harmonic empty", lambda: st.harmonic_mean([]))
attempt("harmonic weights", lambda: st.harmonic_mean([1, 2], [1]))
attempt("harmonic type", lambda: st.harmonic_mean(["x"]))
attempt("covariance len", lambda: st.covariance([1, 2], [1]))
attempt("covariance short", lambda: st.covariance([1], [1]))
attempt("correlation const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
attempt("regression const", lambda: st.linear_regression([2, 2], [1, 3]))
attempt("regression short", lambda: st.linear_regression([1], [1]))
inf, nan = float("inf"), float("nan")
attempt("mean inf", lambda: st.mean([1, inf]))
attempt("mean inf-inf", lambda: st.mean([1, inf, -inf]))
attempt("variance nan", lambda: st.variance([1, 2, nan]))
attempt("stdev inf", lambda: st.stdev([1, inf]))
attempt("fmean inf", lambda: st.fmean([1, inf]))
attempt("fmean inf-inf", lambda: st.fmean([inf, -inf]))
attempt("fmean overflow", lambda: st.fmean([1e308, 1e308, -1e308]))
print(issubclass(st.StatisticsError, ValueError))
