# A grade book: per-student and per-assignment statistics, z-scores and grade bands.
import statistics as st
from itertools import groupby
from operator import itemgetter

raw = """ann,hw1,88
ann,hw2,92.5
ann,exam,79
bob,hw1,72
bob,hw2,65
bob,exam,58.5
cyd,hw1,95
cyd,hw2,98
cyd,exam,91
dee,hw1,60
dee,hw2,85
dee,exam,77
eli,hw1,88
eli,hw2,88
eli,exam,88"""

rows = [(name, task, float(score)) for name, task, score in (line.split(",") for line in raw.splitlines())]
weights = {"hw1": 0.25, "hw2": 0.25, "exam": 0.5}

print("student  mean    median  weighted  stdev")
finals = {}
for name, group in groupby(sorted(rows), key=itemgetter(0)):
    group = list(group)
    scores = [s for _, _, s in group]
    w = [weights[t] for _, t, _ in group]
    finals[name] = st.fmean(scores, w)
    print(f"{name:<8} {st.mean(scores):<7.3f} {st.median(scores):<7} {finals[name]:<9.4f} {st.stdev(scores):.6f}")

print()
for task in weights:
    scores = [s for _, t, s in rows if t == task]
    print(task, st.mean(scores), st.pstdev(scores), st.quantiles(scores, n=4), st.median_grouped(scores, 5))

values = list(finals.values())
mu, sigma = st.mean(values), st.stdev(values)
print("class mean", mu, "stdev", sigma, "variance", st.variance(values))
for name, final in sorted(finals.items(), key=itemgetter(1), reverse=True):
    z = (final - mu) / sigma
    band = "A" if z > 1 else "B" if z > 0 else "C" if z > -1 else "D"
    print(f"{name}: {final:.2f} z={z:+.3f} {band}")

hw = [s for _, t, s in rows if t != "exam"]
exam = [s for _, t, s in rows if t == "exam"]
hw_means = [st.mean(hw[i:i + 2]) for i in range(0, len(hw), 2)]
print("correlation hw/exam", st.correlation(hw_means, exam))
print("regression", st.linear_regression(hw_means, exam))
print("mode of rounded", st.mode(round(s, -1) for s in hw), st.multimode(round(s, -1) for s in exam))
print("deciles", [round(q, 3) for q in st.quantiles((s for _, _, s in rows), n=10, method="inclusive")])
