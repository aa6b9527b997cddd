from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2020, 1, 2, 3, 4, 5, 6)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"))
print(repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5)), datetime(2020, 1, 2))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.replace(year=2021, microsecond=0), dt.weekday())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt + timedelta(days=30, hours=23), dt - timedelta(microseconds=7), dt - datetime(2019, 12, 31))
print(datetime(2020, 3, 1) - dt, datetime.combine(date(2020, 1, 1), time(5, 6)), dt.toordinal())
print(datetime.fromisoformat("2020-01-02T03:04:05.678"), datetime.fromisoformat("2020-01-02 03:04"))
print(datetime.fromisoformat("2020-01-02"), datetime.fromisoformat("20200102T030405"), dt.timetuple())
print(datetime.min, datetime.max, datetime.resolution, datetime.fromordinal(730120))
print(dt == datetime(2020, 1, 2, 3, 4, 5, 6), dt < datetime(2021, 1, 1), dt == dt.date(), dt > datetime.min)
print(sorted([datetime(2020, 1, 1, 12), datetime(2020, 1, 1), datetime(2019, 12, 31, 23, 59)]))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5e9, tz=timezone.utc), datetime.utcfromtimestamp(86400.25))
print(datetime(2020, 6, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, tzinfo=timezone.utc).timestamp())

# elapsed times in a log
log = ["2024-03-01 08:00:00", "2024-03-01 08:45:30", "2024-03-01 12:10:05", "2024-03-02 00:00:01"]
stamps = [datetime.strptime(line, "%Y-%m-%d %H:%M:%S") for line in log]
for a, b in zip(stamps, stamps[1:]):
    print(f"{a:%H:%M:%S} -> {b:%d %H:%M:%S}: {b - a}")
print(sum((b - a for a, b in zip(stamps, stamps[1:])), timedelta()), max(stamps) - min(stamps))

# schedule every 90 minutes, skipping nights
slot = datetime(2024, 1, 1, 6)
slots = []
while len(slots) < 12:
    if 7 <= slot.hour < 20:
        slots.append(slot.strftime("%a %H:%M"))
    slot += timedelta(minutes=90)
print(slots)

now = datetime.now()
today = date.today()
print(type(now).__name__, now.year >= 2024, now.tzinfo is None, today == now.date() or today < now.date())
aware_now = datetime.now(timezone.utc)
print(aware_now.tzinfo, aware_now.utcoffset(), abs(datetime.utcnow() - aware_now.replace(tzinfo=None)) < timedelta(minutes=1))


class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d-%H%M")


s = Stamp(2024, 5, 6, 7, 8)
print(repr(s), s.label(), type(s + timedelta(hours=1)).__name__, type(Stamp.now()).__name__, isinstance(s, date))
print(f"{dt:%Y/%m/%d %H.%M}", format(dt, ""), "{:%B}".format(dt))
