"""Catalog model for the library simulation: media kinds, members, loans."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from functools import total_ordering
from enum import Enum, IntEnum, Flag, auto


class Tier(IntEnum):
    STUDENT = 1
    STANDARD = 2
    PREMIUM = 3

    @property
    def max_loans(self):
        return {Tier.STUDENT: 3, Tier.STANDARD: 5, Tier.PREMIUM: 8}[self]


class Perk(Flag):
    NONE = 0
    LONG_LOANS = auto()
    NO_FINES_FIRST_DAY = auto()
    RESERVE = auto()
    ALL = LONG_LOANS | NO_FINES_FIRST_DAY | RESERVE


class LoanState(Enum):
    ACTIVE = "active"
    RETURNED = "returned"
    LOST = "lost"


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, item, holder):
        super().__init__(f"{item.code} is out (held by {holder})")
        self.item = item


class LimitReached(LibraryError):
    pass


class UnknownCode(LibraryError, KeyError):
    def __str__(self):
        return f"no such code: {self.args[0]}"


class Blocked(LibraryError):
    pass


ISBN_RE = re.compile(r"^(?:97[89]-)?\d{1,5}-\d{1,7}-\d{1,7}-[\dX]$")


@total_ordering
class Money:
    """Whole cents; formats like a currency amount."""
    __slots__ = ("cents",)

    def __init__(self, cents=0):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        whole, _, frac = str(text).partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole or "0")) * 100 + int(frac)))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __truediv__(self, n):
        return self.cents / 100 / n

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __repr__(self):
        return f"Money({self})"

    def __format__(self, spec):
        if spec and spec[-1] in "eEfFgG%":
            return format(self.cents / 100, spec)
        return format(str(self), spec) if spec else str(self)


class Media(ABC):
    loan_days = 21
    daily_fine = Money(25)
    fine_cap = Money(1000)
    _counter = 0

    def __init__(self, title, year):
        Media._counter += 1
        self.code = f"{self.prefix}{Media._counter:04d}"
        self.title = title
        self.year = year

    @property
    @abstractmethod
    def prefix(self): ...

    @abstractmethod
    def describe(self) -> str: ...

    def fine_for(self, days_late):
        if days_late <= 0:
            return Money()
        return min(self.daily_fine * days_late, self.fine_cap)

    def __repr__(self):
        return f"<{type(self).__name__} {self.code} {self.title!r}>"

    def __lt__(self, other):
        return (self.title.casefold(), self.code) < (other.title.casefold(), other.code)


class Book(Media):
    prefix = "B"

    def __init__(self, title, year, author, isbn):
        super().__init__(title, year)
        if not ISBN_RE.match(isbn):
            raise ValueError(f"bad ISBN {isbn!r}")
        self.author = author
        self.isbn = isbn

    def describe(self):
        last = self.author.split()[-1]
        return f"{self.title} ({last}, {self.year})"


class DVD(Media):
    prefix = "D"
    loan_days = 7
    daily_fine = Money(100)
    fine_cap = Money(2500)

    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    def describe(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} [{h}h{m:02d}m]"


class ReferenceBook(Book):
    prefix = "R"
    loan_days = 2
    daily_fine = Money(250)

    def describe(self):
        return "REF " + super().describe()


@dataclass
class Member:
    name: str
    tier: Tier
    perks: Perk = Perk.NONE
    balance: Money = field(default_factory=lambda: Money())
    history: list = field(default_factory=list, repr=False)

    @property
    def blocked(self):
        return self.balance >= Money(500)

    def loan_days(self, item):
        days = item.loan_days
        if Perk.LONG_LOANS in self.perks:
            days += days // 2
        return days


@dataclass(order=True)
class Loan:
    due: date
    item_code: str
    member: str = field(compare=False)
    start: date = field(compare=False)
    state: LoanState = field(default=LoanState.ACTIVE, compare=False)
    returned: date | None = field(default=None, compare=False)
    fine: Money = field(default=Money(), compare=False)

    def days_late(self, on):
        return max(0, (on - self.due).days)

    def to_record(self):
        rec = asdict(self)
        for k, v in rec.items():
            if isinstance(v, date):
                rec[k] = v.isoformat()
            elif isinstance(v, Money):
                rec[k] = v.cents
            elif isinstance(v, Enum):
                rec[k] = v.value
        return rec


def add_days(d, n):
    return d + timedelta(days=n)
