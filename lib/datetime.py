"""Dates and times: date, time, datetime, timedelta, tzinfo and timezone.

Dates use the proleptic Gregorian calendar, counted as ordinals (day 1 is 0001-01-01).
Formatting (strftime) follows the C library in the "C" locale; parsing (strptime,
fromisoformat) covers the common directives and ISO 8601 forms.
"""

import _datetime_os

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


# ---- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    cycles, rest = divmod(n - 1, 146097)  # 400-year cycles of 146097 days
    year = cycles * 400 + rest * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = (day_of_year + 49) >> 5  # never too small, at most one too large
    if _days_before_month(year, month) >= day_of_year:
        month -= 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year):
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _as_int(value):
    if isinstance(value, int):
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                        f"integer") from None
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _as_int(hour), _as_int(minute)
    second, microsecond = _as_int(second), _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _type_name(obj):
    """The name CPython's C types show in messages: datetime.date, or a subclass's name."""
    t = type(obj)
    if t in (date, datetime, time, timedelta, timezone):
        return "datetime." + t.__name__
    return t.__name__


def _round_half_even(n, d):
    """n / d rounded to the nearest integer, ties to even (d > 0)."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _readonly(name, display):
    """A read-only attribute with CPython's message for an attempted assignment."""
    attr = "_" + name

    def get(self):
        return getattr(self, attr)

    def refuse(self, value):
        raise AttributeError(f"attribute '{name}' of '{display}' objects is not writable")

    return property(get, refuse)


# ---- timedelta

def _accumulate(total, leftover, value, factor, component):
    """Adds value * factor microseconds: the integer part exactly to total, the fraction
    to leftover (a float), as CPython's C implementation does."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        whole = int(value)
        fraction = value - whole
        total += whole * factor
        if fraction:
            scaled = float(factor) * fraction
            scaled_whole = int(scaled)
            total += scaled_whole
            leftover += scaled - scaled_whole
        return total, leftover
    raise TypeError(f"unsupported type for timedelta {component} component: "
                    f"{type(value).__name__}")


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and
                type(milliseconds) is int and type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            return cls._from_microseconds(
                (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60000000 +
                seconds * 1000000 + milliseconds * 1000 + microseconds)
        total, leftover = 0, 0.0
        for value, factor, name in ((days, _US_PER_DAY, "days"),
                                    (seconds, _US_PER_SECOND, "seconds"),
                                    (microseconds, 1, "microseconds"),
                                    (milliseconds, 1000, "milliseconds"),
                                    (minutes, 60 * _US_PER_SECOND, "minutes"),
                                    (hours, 3600 * _US_PER_SECOND, "hours"),
                                    (weeks, 7 * _US_PER_DAY, "weeks")):
            total, leftover = _accumulate(total, leftover, value, factor, name)
        if leftover:
            # Round to even, ties broken by the parity of what is already exact.
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, microseconds = divmod(rest, _US_PER_SECOND)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        return self

    days = _readonly("days", "datetime.timedelta")
    seconds = _readonly("seconds", "datetime.timedelta")
    microseconds = _readonly("microseconds", "datetime.timedelta")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_type_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() +
                                                other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() -
                                                other._to_microseconds())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even(self._to_microseconds() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            n, d = self._to_microseconds(), other
        elif isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            n, d = self._to_microseconds() * b, a
        else:
            return NotImplemented
        if d < 0:
            n, d = -n, -d
        return timedelta._from_microseconds(_round_half_even(n, d))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() %
                                                other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._to_microseconds(), other._to_microseconds())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- formatting

def _format_offset(offset, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a UTC offset; '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or offset.microseconds:
        text += f"{sep}{seconds:02d}"
        if offset.microseconds:
            text += f".{offset.microseconds:06d}"
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    elif timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, utcoffset,
              tzname):
    """strftime in the C locale for the given fields (utcoffset/tzname: None if naive)."""
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7  # Monday is 0
    yday = ordinal - _days_before_year(year)  # 1-based
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "d":
            out.append(f"{day:02d}")
        elif d == "e":
            out.append(f"{day:2d}")
        elif d in "bh":
            out.append(_MONTH_NAMES[month][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month])
        elif d == "m":
            out.append(f"{month:02d}")
        elif d == "y":
            out.append(f"{year % 100:02d}")
        elif d == "Y":
            out.append(str(year))
        elif d == "C":
            out.append(f"{year // 100:02d}")
        elif d == "H":
            out.append(f"{hour:02d}")
        elif d == "k":
            out.append(f"{hour:2d}")
        elif d == "I":
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == "l":
            out.append(f"{(hour % 12) or 12:2d}")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "P":
            out.append("am" if hour < 12 else "pm")
        elif d == "M":
            out.append(f"{minute:02d}")
        elif d == "S":
            out.append(f"{second:02d}")
        elif d == "f":
            out.append(f"{microsecond:06d}")
        elif d == "z":
            out.append(_format_offset(utcoffset, "") if utcoffset is not None else "")
        elif d == "Z":
            out.append(tzname or "")
        elif d == "j":
            out.append(f"{yday:03d}")
        elif d == "U":
            out.append(f"{(yday - 1 + 7 - (weekday + 1) % 7) // 7:02d}")
        elif d == "W":
            out.append(f"{(yday - 1 + 7 - weekday) // 7:02d}")
        elif d in "GuV":
            iso_year, iso_week, iso_day = date(year, month, day).isocalendar()
            out.append(str(iso_year) if d == "G" else str(iso_day) if d == "u"
                       else f"{iso_week:02d}")
        elif d in "cxXDFTRr":
            expansion = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
                         "D": "%m/%d/%y", "F": "%Y-%m-%d", "T": "%H:%M:%S", "R": "%H:%M",
                         "r": "%I:%M:%S %p"}[d]
            out.append(_strftime(expansion, year, month, day, hour, minute, second,
                                 microsecond, utcoffset, tzname))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


class _StructTime(tuple):
    """What timetuple() returns: the nine fields of time.struct_time."""

    __slots__ = ()

    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
               "tm_yday", "tm_isdst")

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"time.struct_time({inner})"


for _index, _name in enumerate(_StructTime._fields):
    setattr(_StructTime, _name, property(lambda self, i=_index: self[i]))
del _index, _name


def _struct_time(year, month, day, hour, minute, second, isdst):
    ordinal = _ymd_to_ordinal(year, month, day)
    return _StructTime((year, month, day, hour, minute, second, (ordinal + 6) % 7,
                        ordinal - _days_before_year(year), isdst))


class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO calendar."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")


# ---- date

class date:
    """A calendar date: year, month, day."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = _readonly("year", "datetime.date")
    month = _readonly("month", "datetime.date")
    day = _readonly("day", "datetime.date")

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_seconds())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _datetime_os.localtime(_timestamp_seconds(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(date_string) if len(date_string) in (7, 8, 10) else None
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and \
            not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _make_date(type(self), *_ordinal_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _make_date(cls, year, month, day):
    """A date from fields known to be valid: no checks for date itself; a subclass's
    constructor runs as usual."""
    if cls is not date:
        return cls(year, month, day)
    self = object.__new__(date)
    self._year = year
    self._month = month
    self._day = day
    return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        long_year = week == 53 and (_ymd_to_ordinal(year, 1, 1) % 7 == 4 or
                                    (_ymd_to_ordinal(year, 1, 1) % 7 == 3 and
                                     _is_leap(year)))
        if not long_year:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---- tzinfo and timezone

class tzinfo:
    """Abstract base class of time zones: subclasses define utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot "
                                 "convert")
        return dt + dst


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24)"
                         f" and timedelta(hours=24), not {offset!r}.")
    return offset


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(f"offset must be a timedelta strictly between "
                             f"-timedelta(hours=24) and timedelta(hours=24), not "
                             f"{offset!r}.")
        if name is None and not offset and "utc" in cls.__dict__:
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_name(self)}({self._offset!r})"
        return f"{_type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- time

class time:
    """A time of day: hour, minute, second, microsecond, optional tzinfo, fold."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = _readonly("hour", "datetime.time")
    minute = _readonly("minute", "datetime.time")
    second = _readonly("second", "datetime.time")
    microsecond = _readonly("microsecond", "datetime.time")
    tzinfo = _readonly("tzinfo", "datetime.time")
    fold = _readonly("fold", "datetime.time")

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*parsed)

    def _fields_repr(self):
        args = f"{self._hour}, {self._minute}"
        if self._second or self._microsecond:
            args += f", {self._second}"
        if self._microsecond:
            args += f", {self._microsecond}"
        return args

    def __repr__(self):
        text = f"{_type_name(self)}({self._fields_repr()}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        """Comparable keys of self and other; raises for naive against aware."""
        mine, theirs = self.utcoffset(), other.utcoffset()
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo or mine == theirs:
            return a, b
        if mine is None or theirs is None:
            return None
        shift = lambda t, off: ((t[0] * 60 + t[1]) * 60 + t[2] - off // timedelta(seconds=1),
                                t[3])
        return shift(a, mine), shift(b, theirs)

    def _compare(self, other, op, equality=False):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._key(other)
        if keys is None:
            if equality:
                return op is _ne
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(*keys)

    def __eq__(self, other):
        return self._compare(other, _eq, True)

    def __ne__(self, other):
        return self._compare(other, _ne, True)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        offset = self.utcoffset()
        if not offset:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        minutes = self._hour * 60 + self._minute - offset // timedelta(minutes=1)
        return hash((minutes, self._second, self._microsecond))

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


_date_class, _time_class = date, time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime

def _now_seconds():
    return _datetime_os.time_ns() // 1000 / 10 ** 6


def _timestamp_seconds(t):
    """(whole seconds, microseconds) of a POSIX timestamp, microseconds rounded half to
    even."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    n, d = t.as_integer_ratio()
    micro = _round_half_even(n * 10 ** 6, d)
    seconds, us = divmod(micro, 10 ** 6)
    return seconds, us


def _local_offset(seconds):
    """(UTC offset, zone name) of the local time zone at a POSIX time."""
    fields = _datetime_os.localtime(seconds)
    return timedelta(seconds=fields[6]), fields[7]


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    year = _readonly("year", "datetime.datetime")
    month = _readonly("month", "datetime.datetime")
    day = _readonly("day", "datetime.datetime")
    hour = _readonly("hour", "datetime.datetime")
    minute = _readonly("minute", "datetime.datetime")
    second = _readonly("second", "datetime.datetime")
    microsecond = _readonly("microsecond", "datetime.datetime")
    tzinfo = _readonly("tzinfo", "datetime.datetime")
    fold = _readonly("fold", "datetime.datetime")

    # ---- constructors

    @classmethod
    def _from_posix(cls, seconds, us, tz, utc):
        if tz is not None or utc:
            days, rest = divmod(seconds, 86400)
            y, m, d = _ordinal_to_ymd(_EPOCH_ORDINAL + days)
            hh, rest = divmod(rest, 3600)
            mm, ss = divmod(rest, 60)
        else:
            y, m, d, hh, mm, ss = _datetime_os.localtime(seconds)[:6]
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, us = _timestamp_seconds(t)
        return cls._from_posix(seconds, us, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _timestamp_seconds(t)
        return cls._from_posix(seconds, us, None, True)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        seconds, us = divmod(_datetime_os.time_ns() // 1000, 10 ** 6)
        return cls._from_posix(seconds, us, tz, False)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        seconds, us = divmod(_datetime_os.time_ns() // 1000, 10 ** 6)
        return cls._from_posix(seconds, us, None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    # ---- parts and conversions

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not "
                            f"'{type(name).__name__}'")
        return name

    def _local_seconds(self):
        """Seconds since the epoch of these fields read as UTC (no offset applied)."""
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def _naive_to_posix(self):
        t = self._local_seconds()
        first = t - _local_offset(t)[0] // timedelta(seconds=1)
        return t - _local_offset(first)[0] // timedelta(seconds=1)

    def timestamp(self):
        if self._tzinfo is None:
            return self._naive_to_posix() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        offset = self.utcoffset()
        if offset is None:
            # Naive: the fields are local time.
            posix = self._naive_to_posix()
            offset = timedelta(seconds=self._local_seconds() - posix)
        else:
            posix = (self - _EPOCH) // timedelta(seconds=1)
        if tz is None:
            tz = timezone(*_local_offset(posix))
        elif tz is self._tzinfo:
            return self
        utc = (self.replace(tzinfo=None) - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, isdst)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _struct_time(moment._year, moment._month, moment._day, moment._hour,
                            moment._minute, moment._second, 0)

    # ---- text

    def __repr__(self):
        text = (f"{_type_name(self)}({self._year}, {self._month}, {self._day}, "
                f"{time._fields_repr(self)}")
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" +
                _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(), self.tzname())

    # ---- arithmetic and comparisons

    def _total_microseconds(self):
        """Microseconds since 0001-01-01 of the naive fields."""
        seconds = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + \
            self._second
        return seconds * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_microseconds() + other._to_microseconds()
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(rest, _US_PER_SECOND)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        return _make_datetime(type(self), *_ordinal_to_ymd(days), hh, mm, ss, us,
                              self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        delta = self._total_microseconds() - other._total_microseconds()
        if mine is not None and self._tzinfo is not other._tzinfo:
            delta -= (mine - theirs)._to_microseconds()
        return timedelta._from_microseconds(delta)

    def _compare(self, other, op, equality=False):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            return NotImplemented
        a, b = self._total_microseconds(), other._total_microseconds()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                if equality:
                    return op is _ne
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if mine is not None:
                a -= mine._to_microseconds()
                b -= theirs._to_microseconds()
        return op(a, b)

    def __eq__(self, other):
        return self._compare(other, _eq, True)

    def __ne__(self, other):
        return self._compare(other, _ne, True)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        total = self._total_microseconds()
        offset = self.utcoffset()
        if offset:
            total -= offset._to_microseconds()
        return hash(total)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


def _make_datetime(cls, year, month, day, hour, minute, second, microsecond, tz):
    if cls is not datetime:
        return cls(year, month, day, hour, minute, second, microsecond, tz)
    self = object.__new__(datetime)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = 0
    return self


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- ISO 8601 parsing

def _digits(text, start, count):
    chunk = text[start:start + count]
    if len(chunk) != count or not (chunk.isdigit() and chunk.isascii()):
        return None
    return int(chunk)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    extended = text[4:5] == "-"
    pos = 5 if extended else 4
    if text[pos:pos + 1] == "W":
        week = _digits(text, pos + 1, 2)
        rest = text[pos + 3:]
        day = 1
        if rest:
            if extended:
                if rest[:1] != "-":
                    return None
                rest = rest[1:]
            if len(rest) != 1:
                return None
            day = _digits(rest, 0, 1)
        if week is None or day is None:
            return None
        try:
            return _iso_to_ymd(year, week, day)
        except ValueError:
            return None
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if text[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if month is None or day is None or len(text) != pos + 2:
        return None
    return year, month, day


def _parse_iso_offset(text):
    """A timezone from 'Z', '+HH', '+HH:MM', '+HHMM', '+HH:MM:SS[.ffffff]'; None."""
    if text == "Z":
        return timezone.utc
    sign = {"+": 1, "-": -1}.get(text[:1])
    if sign is None:
        return None
    parsed = _parse_iso_time(text[1:])
    if parsed is None:
        return None
    hh, mm, ss, us, tz = parsed
    if tz is not None:
        return None
    offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return timezone(sign * offset)


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time of day; None."""
    tz = None
    for i, c in enumerate(text):
        if c in "+-Z":
            tz = _parse_iso_offset(text[i:])
            if tz is None:
                return None
            text = text[:i]
            break
    fraction = ""
    for mark in ".,":
        if mark in text:
            text, _, fraction = text.partition(mark)
            if not fraction or not (fraction.isdigit() and fraction.isascii()):
                return None
            break
    extended = ":" in text
    parts = text.split(":") if extended else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not (p.isdigit() and p.isascii())
                                       for p in parts):
        return None
    if fraction and len(parts) != 3:
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    us = int((fraction + "000000")[:6]) if fraction else 0
    return values[0], values[1], values[2], us, tz


def _iso_date_length(text):
    """How many leading characters of an ISO datetime string form its date."""
    if text[4:5] == "-":
        if text[5:6] == "W":
            return 10 if text[8:9] == "-" else 8
        return 10
    if text[4:5] == "W":
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_iso_datetime(text):
    if len(text) < 7:
        return None
    length = _iso_date_length(text)
    parsed_date = _parse_iso_date(text[:length])
    if parsed_date is None:
        return None
    rest = text[length:]
    if not rest:
        return parsed_date + (0, 0, 0, 0, None)
    parsed_time = _parse_iso_time(rest[1:])
    if parsed_time is None:
        return None
    return parsed_date + parsed_time


# ---- strptime

_NUMERIC = {"d": (1, 2), "m": (1, 2), "H": (1, 2), "I": (1, 2), "M": (1, 2), "S": (1, 2),
            "y": (2, 2), "Y": (4, 4), "f": (1, 6), "j": (1, 3), "w": (1, 1), "u": (1, 1),
            "U": (1, 2), "W": (1, 2), "V": (1, 2), "G": (4, 4)}
_RANGES = {"d": (1, 31), "m": (1, 12), "H": (0, 23), "I": (1, 12), "M": (0, 59),
           "S": (0, 61), "j": (1, 366), "w": (0, 6), "u": (1, 7), "U": (0, 53),
           "W": (0, 53), "V": (1, 53)}
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
               "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p",
               "F": "%Y-%m-%d"}
_NAME_TABLES = {
    "a": [n[:3].lower() for n in _DAY_NAMES], "A": [n.lower() for n in _DAY_NAMES],
    "b": [n[:3].lower() for n in _MONTH_NAMES[1:]],
    "B": [n.lower() for n in _MONTH_NAMES[1:]], "p": ["am", "pm"],
}


def _expand_format(fmt):
    """The directives of fmt as a list of ('lit', text) / ('dir', letter) / ('space',)."""
    items = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError(f"stray % in format '{fmt}'")
            d = fmt[i + 1]
            if d in _EXPANSIONS:
                items.extend(_expand_format(_EXPANSIONS[d]))
            elif d == "%":
                items.append(("lit", "%"))
            elif d == "b" or d == "h":
                items.append(("dir", "b"))
            elif d in _NUMERIC or d in _NAME_TABLES or d in "zZ":
                items.append(("dir", d))
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            items.append(("space",))
        else:
            items.append(("lit", c))
            i += 1
    return items


def _match_directive(d, text, pos):
    """Candidate (value, end) matches of directive d at text[pos:], best first."""
    if d in _NUMERIC:
        low, high = _NUMERIC[d]
        if d == "d" and text[pos:pos + 1] == " ":
            return [(v, e + 1) for v, e in _match_directive("d", text, pos + 1)
                    if e == pos + 2]
        end = pos
        while end < len(text) and end - pos < high and text[end].isdigit() and \
                text[end].isascii():
            end += 1
        out = []
        for stop in range(end, pos + low - 1, -1):
            value = int(text[pos:stop])
            bounds = _RANGES.get(d)
            if bounds is None or bounds[0] <= value <= bounds[1]:
                out.append((text[pos:stop] if d == "f" else value, stop))
        return out
    if d in _NAME_TABLES:
        lowered = text[pos:].lower()
        names = sorted(enumerate(_NAME_TABLES[d]), key=lambda item: -len(item[1]))
        return [(index, pos + len(name)) for index, name in names
                if lowered.startswith(name)]
    if d == "z":
        if text[pos:pos + 1] == "Z":
            return [(timedelta(0), pos + 1)]
        sign = {"+": 1, "-": -1}.get(text[pos:pos + 1])
        if sign is None:
            return []
        end = pos + 1
        while end < len(text) and (text[end].isdigit() or text[end] in ":."):
            end += 1
        body = text[pos + 1:end].replace(":", "")
        if len(body) < 4 or not body[:4].isdigit():
            return []
        hh, mm = int(body[:2]), int(body[2:4])
        ss, us = 0, 0
        if len(body) >= 6:
            ss = int(body[4:6])
            if body[6:7] == ".":
                us = int((body[7:] + "000000")[:6])
            elif len(body) > 6:
                return []
        elif len(body) != 4:
            return []
        return [(sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us), end)]
    if d == "Z":
        names = ["utc", "gmt"] + [_local_offset(0)[1].lower()]
        lowered = text[pos:].lower()
        return [(name, pos + len(name)) for name in names if name and lowered.startswith(name)]
    return []


def _match(items, i, text, pos, found):
    if i == len(items):
        return pos
    item = items[i]
    if item[0] == "lit":
        if text[pos:pos + 1].lower() == item[1].lower():
            return _match(items, i + 1, text, pos + 1, found)
        return None
    if item[0] == "space":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        if end == pos:
            return None
        return _match(items, i + 1, text, end, found)
    for value, end in _match_directive(item[1], text, pos):
        found[item[1]] = value
        result = _match(items, i + 1, text, end, found)
        if result is not None:
            return result
        del found[item[1]]
    return None


def _strptime(text, fmt):
    if not isinstance(text, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(text).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    found = {}
    end = _match(_expand_format(fmt), 0, text, 0, found)
    if end is None:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if end != len(text):
        raise ValueError(f"unconverted data remains: {text[end:]}")
    year = found.get("Y")
    if year is None and "y" in found:
        year = found["y"] + (1900 if found["y"] >= 69 else 2000)
    if year is None:
        year = 1900
    month = found["B"] + 1 if "B" in found else found["b"] + 1 if "b" in found else \
        found.get("m", 1)
    day = found.get("d", 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == 1:
            hour += 12
    minute = found.get("M", 0)
    second = found.get("S", 0)
    microsecond = int((found["f"] + "000000")[:6]) if "f" in found else 0
    if "j" in found and "m" not in found and "d" not in found and "b" not in found \
            and "B" not in found:
        ordinal = _ymd_to_ordinal(year, 1, 1) + found["j"] - 1
        year, month, day = _ordinal_to_ymd(ordinal)
    tz = None
    if "z" in found:
        tz = timezone(found["z"])
    elif found.get("Z") in ("utc", "gmt"):
        tz = None
    return year, month, day, hour, minute, second, microsecond, tz
