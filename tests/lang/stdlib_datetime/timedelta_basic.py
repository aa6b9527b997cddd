from datetime import timedelta

cases = [timedelta(1, 3600), timedelta(0), timedelta(microseconds=-1), timedelta(hours=-25, minutes=3),
         timedelta(weeks=1, milliseconds=1.5), timedelta(seconds=0.5), timedelta(hours=0.1),
         timedelta(days=1.5, seconds=-0.25), timedelta(days=-1), timedelta(days=2, microseconds=5),
         timedelta(seconds=86399.999999), timedelta(days=-3, hours=5), timedelta(minutes=90)]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print([timedelta(seconds=x) for x in (1e-7, 5e-7, 1.5e-6, 2.5e-6, -0.5e-6, 0.1, 1 / 3, 123456.789)])
print([timedelta(milliseconds=x) for x in (0.0005, 0.0015, 1.0005, -0.0025)])
print([timedelta(days=x) for x in (0.1, 1 / 3, -1.000001, 1e-11, 2.5e-11)])

d = timedelta(days=1, hours=2, microseconds=7)
print(d * 2, 2 * d, d * 0.5, d / 2, d / 3, d // 3, d / d, d // timedelta(hours=1))
print(d % timedelta(hours=5), divmod(d, timedelta(hours=5)), -d, abs(-d), +d, d * 1.1, d / 0.3)
print([timedelta(hours=1) * x for x in (0.1, 1 / 3, -2.5, 1e-10)])
print([timedelta(hours=1) / x for x in (3, 7, 0.7, -3)])
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=5) // 2, timedelta(microseconds=-5) // 2)
print(d + timedelta(seconds=1), d - timedelta(days=2), timedelta(hours=1) - d)
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) < timedelta(2), timedelta(1) != timedelta(0))
print(max(timedelta(1), timedelta(hours=30)), sum([timedelta(1), timedelta(2)], timedelta()))
print(sorted([timedelta(hours=3), timedelta(minutes=-5), timedelta(0)]), bool(timedelta(0)), bool(d))
print(d == 1, len({timedelta(hours=24), timedelta(days=1), timedelta(0)}))

total = timedelta()
for minutes in range(0, 600, 37):
    total += timedelta(minutes=minutes, seconds=minutes % 7)
print(total, total.total_seconds(), total / timedelta(minutes=1), total // 7)


def human(td):
    seconds = int(td.total_seconds())
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{name}")
    return " ".join(parts) or "0s"


print([human(t) for t in (timedelta(seconds=3725), timedelta(days=2, minutes=1), timedelta(0))])


class Span(timedelta):
    pass


s = Span(hours=5)
print(repr(s), s, type(s + timedelta(1)).__name__, type(-s).__name__)
print(f"{timedelta(seconds=75)}", f"{timedelta(seconds=75)!r}", format(timedelta(1), ""))
