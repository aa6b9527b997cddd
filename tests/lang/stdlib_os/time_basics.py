# time: struct_time, gmtime, strftime, asctime, mktime round trips, clocks and sleep.
import time

print(time.gmtime(0))
print(time.gmtime(1700000000.9))
t = time.gmtime(86400 * 365.25 * 30)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], type(t).__name__, type(t).__module__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__match_args__)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %% %w %U", t))
print(time.asctime(t), time.asctime(time.gmtime(10**9)))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), list(s), hash(s) == hash(tuple(s)))
y, mo, *rest = s
print(y, mo, rest)
match s:
    case time.struct_time(tm_year=2020, tm_mon=m):
        print("matched month", m)
print(time.strftime("%d/%m/%Y", (2021, 12, 25, 0, 0, 0, 0, 0, 0)), time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2020, 1, 0, 0, 0, 0, 0, 1, 0)), time.strftime(""))
for secs in (0, 1, 59, 86399, 86400, 951782400, 1234567890, 2**31, -1, -86401):
    g = time.gmtime(secs)
    print(secs, tuple(g), time.strftime("%c", g))
now = time.time()
local = time.localtime(now)
print(time.mktime(local) == int(now), abs(time.mktime(time.localtime()) - now) < 5)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()) == 24)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
a = time.perf_counter()
time.sleep(0.01)
b = time.perf_counter()
print(b - a >= 0.009, time.monotonic_ns() > 0, abs(time.time_ns() / 1e9 - time.time()) < 5)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
