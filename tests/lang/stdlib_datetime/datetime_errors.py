from datetime import date, time, datetime, timedelta, timezone


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


attempt("feb 29", lambda: date(2019, 2, 29))
attempt("year 0", lambda: date(0, 1, 1))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("float year", lambda: date(2020.0, 1, 1))
attempt("str year", lambda: date("2020", 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("hour 24", lambda: time(24))
attempt("minute 60", lambda: time(1, 60))
attempt("second 60", lambda: time(1, 1, 60))
attempt("microsecond", lambda: time(1, 1, 1, 10 ** 6))
attempt("fold", lambda: time(1, fold=2))
attempt("tzinfo int", lambda: time(1, tzinfo=3))
attempt("timespec", lambda: time(1).isoformat("x"))
attempt("days overflow", lambda: timedelta(days=1e9))
attempt("days str", lambda: timedelta(days="1"))
attempt("max + 1", lambda: timedelta.max + timedelta(1))
attempt("div zero", lambda: timedelta(1) / 0)
attempt("floordiv zero", lambda: timedelta(1) // 0)
attempt("date overflow", lambda: date.max + timedelta(1))
attempt("datetime underflow", lambda: datetime(1, 1, 1) - timedelta(1))
attempt("datetime overflow", lambda: datetime(9999, 12, 31, 23) + timedelta(hours=1))
attempt("compare date", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt("equal date", lambda: date(2020, 1, 1) == datetime(2020, 1, 1))
attempt("iso bad", lambda: date.fromisoformat("2021-3-4"))
attempt("iso int", lambda: date.fromisoformat(20210304))
attempt("isocalendar week", lambda: date.fromisocalendar(2021, 53, 1))
attempt("isocalendar day", lambda: date.fromisocalendar(2021, 1, 8))
attempt("ordinal 0", lambda: date.fromordinal(0))
attempt("ordinal big", lambda: date.fromordinal(3652060))
attempt("naive minus aware", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2020, 1, 1))
attempt("naive vs aware", lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) < datetime(2020, 1, 1))
attempt("strptime mismatch", lambda: datetime.strptime("2021-03-04", "%Y/%m/%d"))
attempt("strptime leftover", lambda: datetime.strptime("2021-03-04 10", "%Y-%m-%d"))
attempt("strptime day", lambda: datetime.strptime("2021-02-30", "%Y-%m-%d"))


def set_year():
    date(2020, 1, 1).year = 2021


attempt("set year", set_year)
datetime(2020, 2, 30)
