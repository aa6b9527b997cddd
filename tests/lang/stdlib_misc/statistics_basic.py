# statistics: averages and spread on ints, floats and mixed data; exact float results.
import statistics as st

samples = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4],
    [1e16, 1.0, -1e16, 3.0],
    [-5, 0, 5, 10, 15, 20],
    [3],
    [1, 3, 5],
    [True, False, True],
    [1, 2.5, 4],
    [1e300, 1e300, -1e299],
    [0.5] * 7,
]
for data in samples:
    print(data)
    for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped"]:
        print(f"  {name}: {getattr(st, name)(data)!r}")
    for name in ["variance", "stdev", "pvariance", "pstdev"]:
        try:
            print(f"  {name}: {getattr(st, name)(data)!r}")
        except (st.StatisticsError, OverflowError) as e:
            print(f"  {name}: {type(e).__name__} {e}")

print(type(st.mean([1, 2, 3])).__name__, type(st.mean([1, 2])).__name__, st.variance([1, 3, 5]), st.pvariance([1, 2]))
print(st.mean(iter(range(101))), st.median(x * x for x in range(10)))
print(st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([27.5, 30.25, 30.25, 34.5, 41.75], 31.25), st.pvariance([0.0, 0.25, 0.25, 1.25], mu=0.6))
print(st.stdev([1, 2, 3, 4], xbar=2.5), st.pstdev([1, 2, 3, 4], 2))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]), st.harmonic_mean([2, 4], [0, 1]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(x / 10 for x in range(1, 11)), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))

# A pseudo-random data set, the same on every run.
state = 12345
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31

floats = [rand() * 200 - 50 for _ in range(500)]
ints = [int(rand() * 1000) for _ in range(301)]
for data in (floats, ints, floats[:2], ints[:3]):
    print(len(data), st.mean(data), st.fmean(data), st.median(data), st.stdev(data), st.pstdev(data))
    print("  ", st.variance(data), st.pvariance(data), st.median_low(data), st.median_high(data))
big = [x * 1e12 + 0.1 for x in floats[:50]]
print(st.mean(big), st.stdev(big), sum(big) / len(big))
tiny = [x * 1e-300 for x in floats[:20]]
print(st.mean(tiny), st.stdev(tiny), st.pvariance(tiny))
