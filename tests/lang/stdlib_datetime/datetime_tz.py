from datetime import datetime, timedelta, timezone, tzinfo, time, UTC

utc = timezone.utc
a = datetime(2020, 6, 1, 12, tzinfo=utc)
print(repr(a), a, a.isoformat(), a.utcoffset(), a.tzname(), a.dst(), UTC is utc)
zones = [timezone(timedelta(hours=1)), timezone(timedelta(hours=-3, minutes=-30), "X"),
         timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(0)), timezone.min, timezone.max,
         timezone(timedelta(seconds=3661.5)), timezone(timedelta(seconds=-3661))]
for z in zones:
    print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None))
print(timezone(timedelta(0)) is utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "CET"))
print(a.astimezone(timezone(timedelta(hours=2))), a - datetime(2020, 6, 1, tzinfo=timezone(timedelta(hours=-1))))
print(a == datetime(2020, 6, 1, 14, tzinfo=timezone(timedelta(hours=2))), a.timestamp(), a.timetuple(), a.utctimetuple())
print(a == datetime(2020, 6, 1, 12), datetime.fromisoformat("2020-01-02T03:04:05+05:30"), datetime.fromisoformat("2020-01-02T03:04:05Z"))
print(len({a, a.astimezone(timezone(timedelta(hours=3))), a + timedelta(0)}))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3), "MSK")).tzname(), datetime(2020, 1, 1, 15, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime("%z %Z"))


class CET(tzinfo):
    """Central European time with the EU summer-time rule."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = self._last_sunday(dt.year, 3)
        end = self._last_sunday(dt.year, 10)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

    @staticmethod
    def _last_sunday(year, month):
        d = datetime(year, month + 1, 1) - timedelta(days=1)
        d -= timedelta(days=(d.weekday() + 1) % 7)
        return d.replace(hour=2)

    def __repr__(self):
        return "CET()"


cet = CET()
for stamp in (datetime(2024, 1, 15, 12, tzinfo=cet), datetime(2024, 7, 15, 12, tzinfo=cet)):
    print(repr(stamp), stamp, stamp.tzname(), stamp.dst(), stamp.astimezone(utc), stamp.strftime("%H:%M %Z %z"))
meeting = datetime(2024, 3, 30, 12, tzinfo=utc)
for hours in (0, 24, 48):
    print((meeting + timedelta(hours=hours)).astimezone(cet))
print(datetime(2024, 7, 1, tzinfo=cet) - datetime(2024, 1, 1, tzinfo=cet))
print(datetime(2024, 7, 1, 12, tzinfo=cet) == datetime(2024, 7, 1, 10, tzinfo=utc), time(9, tzinfo=cet).utcoffset())


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5


try:
    datetime(2020, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as e:
    print("TypeError", e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
for bad in (lambda: a - datetime(2020, 1, 1), lambda: a < datetime(2020, 1, 1), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: datetime(2020, 1, 1, tzinfo=3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
