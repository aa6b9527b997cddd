"""Library loan desk simulation over a scripted month of events."""
import json
from collections import Counter, defaultdict, namedtuple
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from functools import partial, reduce
from itertools import islice, pairwise, takewhile, count
from operator import attrgetter, itemgetter

from _library_catalog import (
    Book, DVD, ReferenceBook, Member, Loan, Tier, Perk, LoanState,
    Money, LibraryError, NotAvailable, LimitReached, UnknownCode, Blocked, add_days,
)

Event = namedtuple("Event", "day action member code")


class Library:
    def __init__(self, items, members):
        self.items = {it.code: it for it in items}
        self.members = {m.name: m for m in members}
        self.loans = []
        self.active = {}
        self.holds = defaultdict(list)
        self.journal = []

    def item(self, code):
        try:
            return self.items[code]
        except KeyError:
            raise UnknownCode(code) from None

    @contextmanager
    def transaction(self, label):
        mark = len(self.journal)
        try:
            yield self.journal
        except LibraryError as e:
            del self.journal[mark:]
            self.journal.append(f"ROLLBACK {label}: {type(e).__name__}: {e}")
        else:
            self.journal.append(f"OK {label}")

    def checkout(self, who, code, today):
        member = self.members[who]
        item = self.item(code)
        if member.blocked:
            raise Blocked(f"{who} owes ${member.balance}")
        if code in self.active:
            raise NotAvailable(item, self.active[code].member)
        mine = sum(1 for l in self.active.values() if l.member == who)
        if mine >= member.tier.max_loans:
            raise LimitReached(f"{who} already has {mine} (max {member.tier.max_loans})")
        queue = self.holds.get(code)
        if queue and queue[0] != who:
            raise NotAvailable(item, f"hold for {queue[0]}")
        if queue:
            queue.pop(0)
        loan = Loan(add_days(today, member.loan_days(item)), code, who, today)
        self.loans.append(loan)
        self.active[code] = loan
        member.history.append(code)
        return loan

    def checkin(self, code, today):
        loan = self.active.pop(code, None)
        if loan is None:
            raise LibraryError(f"{code} was not on loan")
        item = self.items[code]
        member = self.members[loan.member]
        late = loan.days_late(today)
        if late == 1 and Perk.NO_FINES_FIRST_DAY in member.perks:
            late = 0
        loan.fine = item.fine_for(late)
        loan.state, loan.returned = LoanState.RETURNED, today
        member.balance += loan.fine
        return loan

    def pay(self, who, amount):
        m = self.members[who]
        paid = min(m.balance, Money.parse(amount))
        m.balance -= paid
        return paid

    def overdue(self, today):
        return sorted((l for l in self.active.values() if l.due < today),
                      key=lambda l: (l.days_late(today), l.item_code), reverse=True)


def make_library():
    items = [
        Book("Dune", 1965, "Frank Herbert", "978-0-441-17271-9"),
        Book("Neuromancer", 1984, "William Gibson", "0-441-56959-5"),
        Book("the Left Hand of Darkness", 1969, "Ursula K. Le Guin", "978-0-441-47812-5"),
        DVD("Alien", 1979, 117),
        DVD("Arrival", 2016, 116),
        ReferenceBook("Oxford Atlas", 2020, "Oxford Press", "978-0-19-886739-1"),
        Book("Snow Crash", 1992, "Neal Stephenson", "0-553-08853-X"),
    ]
    try:
        Book("Broken", 2000, "Nobody", "12345")
    except ValueError as e:
        print("rejected:", e)
    members = [
        Member("ana", Tier.PREMIUM, Perk.ALL),
        Member("ben", Tier.STUDENT),
        Member("cho", Tier.STANDARD, Perk.LONG_LOANS | Perk.RESERVE),
    ]
    return Library(items, members)


SCRIPT = """
1 out ana B0001
1 out ben D0004
1 out ben B0002
2 out cho D0004
2 hold cho D0004
3 out ben B0003
3 out ben B0007
4 out cho R0006
9 in - D0004
9 out ben D0004
9 out cho D0004
10 in - R0006
12 out cho X9999
15 in - B0002
20 in - D0004
20 out ben D0005
21 pay ben 3.5
22 in - B0003
24 out ben D0005
26 out cho D0005
27 lost ben D0005
29 out ana B0007
30 in - B0001
"""


def parse_script(text, start):
    for line in filter(None, map(str.strip, text.splitlines())):
        day, action, who, code = line.split()
        yield Event(add_days(start, int(day) - 1), action, who, code)


def run(lib, events):
    for ev in events:
        label = f"{ev.day:%b %d} {ev.action:<4} {ev.member:>3} {ev.code}"
        with lib.transaction(label) as j:
            match ev:
                case Event(action="out"):
                    loan = lib.checkout(ev.member, ev.code, ev.day)
                    j.append(f"  due {loan.due:%a %Y-%m-%d} ({(loan.due - ev.day).days}d)")
                case Event(action="in"):
                    loan = lib.checkin(ev.code, ev.day)
                    if loan.fine:
                        j.append(f"  fine ${loan.fine} for {loan.days_late(ev.day)} day(s) -> {loan.member}")
                case Event(action="hold", member=who, code=code):
                    if Perk.RESERVE not in lib.members[who].perks:
                        raise LibraryError(f"{who} cannot reserve")
                    lib.holds[code].append(who)
                case Event(action="pay", member=who, code=amount):
                    paid = lib.pay(who, amount)
                    j.append(f"  paid ${paid:.2f}, owes ${lib.members[who].balance:.2f}")
                case Event(action="lost", code=code):
                    loan = lib.active.pop(code)
                    loan.state = LoanState.LOST
                    loan.fine = lib.items[code].fine_cap
                    lib.members[loan.member].balance += loan.fine
                case _:
                    raise ValueError(f"unknown action {ev.action}")


def main():
    lib = make_library()
    start = date(2024, 2, 1)
    run(lib, parse_script(SCRIPT, start))
    print("== journal ==")
    for entry in lib.journal:
        print(entry)

    end = date(2024, 4, 10)
    print(f"== overdue on {end.isoformat()} ({end:%A}) ==")
    for loan in lib.overdue(end):
        item = lib.items[loan.item_code]
        print(f"  {item.describe():<34} {loan.member:>4} {loan.days_late(end):>3}d  would owe ${item.fine_for(loan.days_late(end))}")

    print("== members ==")
    for m in sorted(lib.members.values(), key=attrgetter("tier"), reverse=True):
        perks = "|".join(p.name for p in Perk if p in m.perks and p not in (Perk.NONE, Perk.ALL) and p.name)
        print(f"  {m.name:<4} {m.tier.name:<8} max={m.tier.max_loans} balance=${m.balance:>6} "
              f"blocked={m.blocked!s:<5} perks={perks or '-'} history={m.history}")

    print("== statistics ==")
    by_kind = Counter(type(lib.items[l.item_code]).__name__ for l in lib.loans)
    print("  loans by kind:", sorted(by_kind.items(), key=itemgetter(1, 0), reverse=True))
    states = Counter(l.state.name for l in lib.loans)
    print("  states:", dict(sorted(states.items())))
    total = reduce(lambda a, l: a + l.fine, lib.loans, Money())
    print(f"  fines total: ${total} ({total / len(lib.loans):.3f} per loan)")
    durations = [(l.returned - l.start).days for l in lib.loans if l.returned]
    print(f"  returned durations: {sorted(durations)} mean={sum(durations) / len(durations):.2f}")
    gaps = [(b.start - a.start).days for a, b in pairwise(sorted(lib.loans, key=attrgetter("start")))]
    print("  gaps between checkouts:", gaps)
    first_late = next((l for l in sorted(lib.loans) if l.fine), None)
    print("  earliest-due fined loan:", first_late.item_code if first_late else None)
    popular = Counter(l.item_code for l in lib.loans).most_common(2)
    print("  sum of fines:", sum(l.fine for l in lib.loans), "| max:", repr(max(l.fine for l in lib.loans)),
          "| parse:", [str(Money.parse(t)) for t in ("3.5", "12", "0.07", "-1.25")])
    print("  most borrowed:", [(lib.items[c].title, n) for c, n in popular])

    print("== catalog ==")
    for item in sorted(lib.items.values()):
        print(f"  {item.code} {item!r:42} {item.describe()}")
    print("  ISA:", isinstance(lib.items["R0006"], Book), issubclass(UnknownCode, KeyError),
          [c.__name__ for c in ReferenceBook.__mro__[:-1]])

    print("== export ==")
    records = [l.to_record() for l in sorted(lib.loans)]
    blob = json.dumps(records, indent=None, separators=(",", ":"))
    back = json.loads(blob, object_hook=lambda d: {k: (str(Money(v)) if k == "fine" else v) for k, v in d.items()})
    print(f"  {len(blob)} bytes, first: {json.dumps(back[0], sort_keys=True)}")
    when = datetime.combine(end, datetime.min.time()).replace(hour=17, minute=30)
    print(f"  exported {when:%Y-%m-%d %H:%M} week {when.isocalendar().week} weekday {when.isoweekday()}")
    days = list(takewhile(lambda d: d.month == 2, (start + timedelta(days=i) for i in count())))
    weekends = [d.day for d in days if d.weekday() >= 5]
    print(f"  Feb 2024 has {len(days)} days; weekends on {list(islice(weekends, 4))}...{weekends[-2:]}")


if __name__ == "__main__":
    main()
