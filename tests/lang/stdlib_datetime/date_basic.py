from datetime import date, timedelta

d = date(2020, 1, 5)
print(d, repr(d), d.isoformat(), d.ctime(), d.year, d.month, d.day, str(d))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(737429))
print(d.isocalendar().week, d.isocalendar()[0], tuple(d.isocalendar()), d.timetuple())
print(date(2020, 2, 29).weekday(), date(2000, 2, 29), date(1, 1, 1).toordinal(), date.max.toordinal())
print(date(2020, 3, 1) - date(2020, 2, 1), date(2020, 1, 31) + timedelta(days=30))
print(date(2020, 3, 1) - timedelta(hours=25), timedelta(days=3) + date(2019, 12, 30))
print(date(2020, 5, 17).replace(day=1), date(2020, 5, 17).replace(year=2021, month=2))
print(date.min, date.max, date.resolution, repr(date.min))
print(date.fromisoformat("2021-03-04"), date.fromisoformat("20210304"), date.fromisoformat("2021-W01-1"))
print(date.fromisoformat("2021W104"), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]), max(date(2020, 1, 1), date(1999, 12, 31)))
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) != date(2021, 1, 1))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), date(2020, 1, 1) == "2020-01-01")
print([date(y, 1, 1).isocalendar() for y in (2004, 2005, 2008, 2009, 2010, 2015, 2016, 2020, 2021)])
print([date(y, 12, 31).isocalendar() for y in (2004, 2005, 2008, 2009, 2014, 2015, 2019, 2020, 2024)])

# a month calendar
first = date(2024, 2, 1)
print(first.strftime("%B %Y").center(20))
print("Mo Tu We Th Fr Sa Su")
cells = ["  "] * first.weekday()
day = first
while day.month == first.month:
    cells.append(f"{day.day:2d}")
    day += timedelta(days=1)
for i in range(0, len(cells), 7):
    print(" ".join(cells[i:i + 7]))

# counting weekdays and leap days
start, end = date(2000, 1, 1), date(2024, 12, 31)
print((end - start).days, sum(1 for y in range(2000, 2025) if date(y, 3, 1) - date(y, 2, 28) == timedelta(2)))
fridays13 = [date(y, m, 13) for y in range(2020, 2024) for m in range(1, 13) if date(y, m, 13).weekday() == 4]
print(len(fridays13), fridays13[:3])


def add_months(d, n):
    month = d.month - 1 + n
    year = d.year + month // 12
    month = month % 12 + 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(1)).day
    return d.replace(year=year, month=month, day=min(d.day, last))


print([str(add_months(date(2020, 1, 31), k)) for k in range(0, 14, 3)])
age = date(2024, 6, 15)
born = date(1990, 8, 20)
print(age.year - born.year - ((age.month, age.day) < (born.month, born.day)))


class Birthday(date):
    def days_until(self, today):
        nxt = self.replace(year=today.year)
        if nxt < today:
            nxt = nxt.replace(year=today.year + 1)
        return (nxt - today).days


b = Birthday(1990, 8, 20)
print(repr(b), b, b.days_until(date(2024, 6, 15)), type(b + timedelta(1)).__name__, type(b.replace(day=1)).__name__)
print(f"{d:%d.%m.%Y}", f"{d}", format(d, "%A"), "{:%j}".format(d))
