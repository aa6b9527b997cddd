import statistics as st
from fractions import Fraction

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
             "mode", "multimode", "geometric_mean", "harmonic_mean",
             "stdev", "variance", "pstdev", "pvariance"]:
    show(name + " []", lambda: getattr(st, name)([]))
for name in ["stdev", "variance"]:
    show(name + " [1]", lambda: getattr(st, name)([1]))
for name in ["pstdev", "pvariance"]:
    show(name + " [1]", lambda: getattr(st, name)([1]))
show("quantiles n=0", lambda: st.quantiles([1, 2, 3], n=0))
show("quantiles one", lambda: st.quantiles([1], n=4))
show("quantiles method", lambda: st.quantiles([1, 2], method="odd"))
show("geometric neg", lambda: st.geometric_mean([1, -2]))
show("geometric zero", lambda: st.geometric_mean([0, 2]))
show("harmonic neg", lambda: st.harmonic_mean([1, -2]))
show("harmonic zero", lambda: st.harmonic_mean([1, 0, 2]))
show("harmonic weights", lambda: st.harmonic_mean([1, 2], weights=[1]))
show("fmean weights len", lambda: st.fmean([1, 2], weights=[1]))
show("fmean zero weight", lambda: st.fmean([1, 2], weights=[0, 0]))
show("mean str", lambda: st.mean(["a", "b"]))
show("mean mixed", lambda: st.mean([1, "2"]))
show("median_grouped str", lambda: st.median_grouped(["a", "b"]))
show("correlation len", lambda: st.correlation([1, 2], [1]))
show("correlation short", lambda: st.correlation([1], [1]))
show("correlation const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
show("covariance len", lambda: st.covariance([1, 2, 3], [1, 2]))
show("covariance short", lambda: st.covariance([1], [2]))
show("regression const", lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))
show("regression len", lambda: st.linear_regression([1, 2], [1]))
show("mode tie", lambda: st.mode([1, 1, 2, 2]))
show("multimode str", lambda: st.multimode("aabbbcc"))
show("mode str", lambda: st.mode("aabbbcc"))
show("median iter", lambda: st.median(iter([3, 1, 2])))
show("mean gen", lambda: st.mean(x for x in [1, 2, 3, 4]))
print(issubclass(st.StatisticsError, ValueError))

# result types follow the input type
print(repr(st.mean([1, 2, 3, 4])), repr(st.mean([1, 2])), repr(st.mean([1.0, 2])))
print(repr(st.mean([Fraction(1, 3), Fraction(2, 3)])), repr(st.mean([Fraction(1, 2), 1])))
print(repr(st.median([1, 3])), repr(st.median([1, 2, 3])), repr(st.median([Fraction(1), Fraction(2)])))
print(repr(st.variance([1, 2, 3, 4])), repr(st.pvariance([1, 2, 3, 4])))
print(repr(st.variance([Fraction(1), Fraction(2), Fraction(4)])))
print(repr(st.variance([1, 2, 3], xbar=2)), repr(st.pvariance([1, 2, 3], mu=2)))
print(repr(st.stdev([2, 4, 4, 4, 5, 5, 7, 9])), repr(st.pstdev([2, 4, 4, 4, 5, 5, 7, 9])))
print(repr(st.fmean([1, 2, 3], weights=[3, 2, 1])), repr(st.fmean(iter([1, 2]))))
print(repr(st.geometric_mean([1, 2, 4])), repr(st.harmonic_mean([1, 2, 4])))
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])))
print(repr(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])), repr(st.median_grouped([52, 52, 53, 54], interval=2)))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=5, method="inclusive"))
print(st.quantiles([1, 5], n=2), st.quantiles([1.5, 2.5, 10], n=3))
print(st.multimode([]), st.multimode([3, 1, 3, 1, 2]), st.mode([2.5, 2.5, 1]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [3, 2, 1]))
print(st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
