from datetime import time, timezone, timedelta

for t in (time(12, 30), time(12, 30, 15, 500), time(0), time(23, 59, 59, 999999), time(1, 2, 3, 4, fold=1)):
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.fold, t.tzinfo)
t = time(1, 2, 3, 456789)
print([t.isoformat(spec) for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")])
print(time.fromisoformat("12:30"), time.fromisoformat("12:30:15.5"), repr(time.fromisoformat("12:30:15+01:00")))
print(time.fromisoformat("T1230"), time.fromisoformat("050607.5"), repr(time.fromisoformat("05:06:07Z")))
print(repr(time(12, tzinfo=timezone.utc)), time(12, tzinfo=timezone.utc), time(1) < time(2), bool(time(0)))
print(time.min, time.max, time.resolution, time(1).replace(minute=5), time(5, 6).replace(tzinfo=timezone.utc))
aware = time(5, tzinfo=timezone(timedelta(hours=1)))
print(aware.utcoffset(), aware.tzname(), aware.dst(), aware.isoformat(), time(5).utcoffset())
print(time(12) == time(12, tzinfo=timezone.utc), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time(13, 5, 7, 9).strftime("%I:%M:%S.%f %p %H"), f"{time(8, 5):%H:%M}", format(time(8, 5), ""))
print(sorted([time(12), time(1, 30), time(23)]), len({time(1), time(1, 0), time(2)}))
try:
    time(12) < time(12, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError", e)
