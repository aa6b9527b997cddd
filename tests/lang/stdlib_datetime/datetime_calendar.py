from datetime import date, datetime, timedelta, time


def easter(year):
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


for y in (2000, 2019, 2024, 2025, 2038):
    e = easter(y)
    print(y, e, e.strftime("%a %d %b"), (e - timedelta(days=47)).isoformat(), e + timedelta(days=49))


def nth_weekday(year, month, weekday, n):
    d = date(year, month, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


print("thanksgiving:", [nth_weekday(y, 11, 3, 4).day for y in range(2020, 2027)])
print("long ISO years:", [y for y in range(2000, 2040) if date(y, 12, 28).isocalendar()[1] == 53])
weeks = {}
for d in (date(2024, 12, 30) + timedelta(days=i) for i in range(10)):
    weeks.setdefault(d.isocalendar()[:2], []).append(d.day)
print(weeks)

# working hours between two timestamps (9:00-17:00, Mon-Fri)
OPEN, CLOSE = time(9), time(17)


def business_hours(start, end):
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            lo = max(start, datetime.combine(day, OPEN))
            hi = min(end, datetime.combine(day, CLOSE))
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


print(business_hours(datetime(2024, 3, 1, 15, 30), datetime(2024, 3, 5, 10, 15)))
print(business_hours(datetime(2024, 3, 2, 10), datetime(2024, 3, 3, 18)))

# month lengths and leap years
print([(date(2024, m % 12 + 1, 1) - date(2024, m, 1)).days if m < 12 else 31 for m in range(1, 13)])
print([y for y in range(1896, 1920) if (date(y, 3, 1) - date(y, 2, 1)).days == 29])
print(sum((date(y + 1, 1, 1) - date(y, 1, 1)).days for y in range(1, 2001)), date(2001, 1, 1).toordinal() - 1)

# ages and anniversaries
people = {"ann": date(1990, 2, 28), "ben": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2025, 3, 1)
for name, born in people.items():
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    days_alive = (today - born).days
    print(f"{name}: {years} years, {days_alive} days, born on a {born:%A}, 10000th day {born + timedelta(days=10000)}")

# timestamps round trip through UTC seconds
epoch = datetime(1970, 1, 1)
for stamp in ("2038-01-19 03:14:07", "1999-12-31 23:59:59.999999", "2000-02-29 12:00:00"):
    dt = datetime.fromisoformat(stamp)
    seconds = (dt - epoch) / timedelta(seconds=1)
    back = epoch + timedelta(seconds=seconds)
    print(stamp, seconds, back, back == dt)
