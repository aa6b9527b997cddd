"""Generate a deterministic synthetic log, parse it, aggregate it, report."""
import json
import re
import string
from collections import Counter
from datetime import datetime, timedelta, date
from functools import lru_cache, reduce
from itertools import chain, groupby, islice

from _log_parsing import Entry, generate, parse, parse_stamp, redact, START
import _log_report as report


def show_sample(lines):
    print("== sample lines ==")
    for line in islice(lines, 0, 8):
        print("  " + line)


def show_entries(entries):
    print("== pattern matching on entries ==")
    tally = Counter()
    for entry in entries:
        match entry:
            case Entry("ERROR", service) if entry.request and entry.request["status"] >= 500:
                tally[f"server-error:{service}"] += 1
            case Entry("ERROR", _):
                tally["error-other"] += 1
            case Entry(_, "auth") if "user" in entry.fields:
                tally["auth-event"] += 1
            case Entry(level, _) if level in ("DEBUG",):
                tally["debug"] += 1
            case _:
                tally["other"] += 1
    for key, count in sorted(tally.items()):
        print(f"  {key:<24}{count:>4}")


def show_summary(summary):
    print("== summary (json round trip) ==")
    text = json.dumps(summary, indent=2, sort_keys=True)
    lines = text.splitlines()
    print(f"  json: {len(text)} chars, {len(lines)} lines")
    for line in lines[:40]:
        print("  " + line)
    print("  ...")
    back = report.round_trip(summary)
    print("  round trip equal:", back == json.loads(json.dumps(summary)))
    print("  compact:", json.dumps(back["levels"], sort_keys=True, separators=(",", ":")))
    print("  flags:", json.dumps(back["flags"]))


def show_hours(entries):
    print("== per hour ==")
    rows = report.hourly(entries)
    print(report.render_table(rows, ("hour", "lines", "warn+err"), (16, 6, 8)))
    totals, peaks = report.running_totals(rows)
    print("  running:", totals)
    print("  peaks:  ", peaks)


def show_dates(entries):
    print("== dates ==")
    first, last = entries[0].stamp, entries[-1].stamp
    span = last - first
    print(f"  first {first:%a %d %b %Y %H:%M:%S}, last {last.strftime('%A %Y/%m/%d %I:%M %p')}")
    print(f"  span {span}, {span.days} days {span.seconds} s, total {span.total_seconds():.0f} s")
    print(f"  leap day seen: {any(e.stamp.date() == date(2024, 2, 29) for e in entries)}")
    print(f"  midpoint {first + span / 2}")
    print(f"  week later {(first + timedelta(weeks=1)).date().isoformat()} weekday={(first + timedelta(weeks=1)).weekday()}")
    gaps = [(b.stamp - a.stamp).seconds for a, b in zip(entries, entries[1:])]
    print(f"  gaps: min={min(gaps)} max={max(gaps)} mean={sum(gaps) / len(gaps):.2f}")
    print(f"  parse cache: {parse_stamp.cache_info().hits} hits, {parse_stamp.cache_info().misses} misses")


def show_text(entries, rejects):
    print("== text ==")
    contacts = [e for e in entries if "@" in e.message]
    for entry in contacts[:5]:
        print("  " + redact(entry.message))
    words = Counter(chain.from_iterable(
        re.findall(r"[a-z]+", e.message.lower()) for e in entries))
    common = ", ".join(f"{w}={c}" for w, c in words.most_common(8))
    print(report.wrap_paragraph("Most common words: " + common))
    for number, line in rejects[:3]:
        print(f"  rejected #{number:03d}: {line.title()!r} -> {line.upper().split()[:2]}")
    table = str.maketrans({c: None for c in string.digits})
    print("  stripped:", rejects[0][1].translate(table).replace("  ", " "))
    print("  " + report.dotted("services") + ",".join(sorted({e.service for e in entries})))
    print("  " + report.dotted("centered", fill="-") + "[" + "x".center(9, "*") + "]")
    print("  " + "|".join(s.rjust(7) for s in ("a", "bb", "ccc")) + "|", "abc".zfill(6), "%-6s|%5.1f|%03d" % ("ab", 2.25, 7))


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def show_functional(entries):
    print("== functional ==")
    latencies = [e.request["ms"] for e in entries if e.request]
    print("  total latency:", reduce(lambda a, b: a + b, latencies, 0))
    print("  slowest 3:", sorted(latencies, reverse=True)[:3])
    groups = [list(g) for _, g in groupby(sorted(latencies), key=lambda ms: ms // 250)]
    print("  buckets:", [(g[0] // 250 * 250, len(g)) for g in groups])
    print("  flattened equal:", report.flatten(groups) == sorted(latencies))
    merged = report.merge_counters(Counter(a=1, b=2), Counter(b=3, c=4), Counter(a=-1))
    print("  merged:", sorted(merged.items()))
    print("  first five users:", report.first_n((e.fields["user"] for e in entries if "user" in e.fields), 5))
    print("  fib(60) =", fib(60), fib.cache_info().currsize)
    methods = Counter(e.request["method"] for e in entries if e.request)
    print("  methods:", sorted(methods.items(), key=lambda kv: (-kv[1], kv[0])))


def sliding_windows(entries, width):
    """Yield (start, window) pairs of consecutive entries within `width`."""
    window = []
    for entry in entries:
        window.append(entry)
        while entry.stamp - window[0].stamp > width:
            window.pop(0)
        yield window[0].stamp, list(window)


def error_bursts(entries, width=timedelta(minutes=10), threshold=3):
    errors = (e for e in entries if e.level in ("ERROR", "WARNING"))
    last_start = None
    for start, window in sliding_windows(errors, width):
        if len(window) >= threshold and start != last_start:
            last_start = start
            yield start, len(window), Counter(e.service for e in window)


def show_anomalies(entries):
    print("== anomalies ==")
    for start, size, services in islice(error_bursts(entries), 6):
        top = ", ".join(f"{name}x{count}" for name, count in sorted(services.items()))
        print(f"  burst at {start:%H:%M:%S} size={size} [{top}]")
    slow = [e for e in entries if e.request and e.request["ms"] > 850]
    for entry in slow:
        req = entry.request
        print(f"  slow {req['method']:<6} {req['path']:<15} {req['ms']:>4}ms status={req['status']} {entry.stamp.time()}")


def main():
    lines = list(generate(140))
    print(f"generated {len(lines)} lines starting {START.isoformat(' ')}")
    show_sample(lines)
    entries, rejects = parse(lines)
    print(f"parsed {len(entries)} entries, {len(rejects)} rejected")
    print("  first:", entries[0])
    print("  last: ", entries[-1])
    show_entries(entries)
    show_summary(report.summarize(entries, rejects))
    show_hours(entries)
    show_dates(entries)
    show_text(entries, rejects)
    show_functional(entries)
    show_anomalies(entries)


if __name__ == "__main__":
    main()
