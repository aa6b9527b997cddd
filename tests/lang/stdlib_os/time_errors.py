# time's errors, with CPython's messages.
import time

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
tests = [lambda: time.struct_time((1, 2)), lambda: time.struct_time((1,) * 12), lambda: time.struct_time(5),
         lambda: time.gmtime("a"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e30),
         lambda: time.sleep(-1), lambda: time.sleep("a"), lambda: time.strftime("%Y", (1, 2, 3)),
         lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(1),
         lambda: time.mktime((1, 2)), lambda: time.mktime(5), lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1)),
         lambda: time.strftime("%Y", (2020, 1, 1, 25, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
         lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
         lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -9, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)),
         lambda: time.sleep(), lambda: time.time(1), lambda: time.gmtime(True),
         lambda: time.strftime("%Y", (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime(1.5, 2),
         lambda: time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "X", 3600)).tm_gmtoff,
         lambda: time.struct_time([1] * 9, {"tm_zone": "Z"}).tm_zone, lambda: s.foo, lambda: s.tm_year.__class__.__name__]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0))
