"""Aggregation and text rendering for the log analyzer."""
import json
import textwrap
from collections import Counter, defaultdict
from functools import reduce, partial
from itertools import accumulate, chain, groupby, islice


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0
    index = min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summarize(entries, rejects):
    levels = Counter(entry.level for entry in entries)
    per_service = defaultdict(lambda: {"count": 0, "errors": 0, "latency_ms": []})
    statuses = Counter()
    users = Counter()
    for entry in entries:
        bucket = per_service[entry.service]
        bucket["count"] += 1
        if entry.level == "ERROR":
            bucket["errors"] += 1
        if entry.request:
            bucket["latency_ms"].append(entry.request["ms"])
            statuses[str(entry.request["status"])] += 1
        if "user" in entry.fields:
            users[entry.fields["user"]] += entry.fields.get("n", 0)
    services = {}
    for name, bucket in per_service.items():
        latencies = bucket["latency_ms"]
        services[name] = {
            "count": bucket["count"],
            "errors": bucket["errors"],
            "p50": percentile(latencies, 0.5),
            "p90": percentile(latencies, 0.9),
            "mean": round(sum(latencies) / len(latencies), 3) if latencies else None,
        }
    first = min(entry.stamp for entry in entries)
    last = max(entry.stamp for entry in entries)
    return {
        "levels": dict(levels),
        "services": services,
        "statuses": dict(statuses),
        "users": dict(users.most_common()),
        "rejected_lines": [number for number, _ in rejects],
        "span": {"first": first.isoformat(), "last": last.isoformat(),
                 "seconds": int((last - first).total_seconds())},
        "flags": {"has_errors": levels["ERROR"] > 0, "empty": not entries, "note": None},
    }


def hourly(entries):
    keyfunc = lambda entry: entry.stamp.strftime("%Y-%m-%d %H:00")
    rows = []
    for hour, group in groupby(sorted(entries, key=lambda e: e.stamp), key=keyfunc):
        group = list(group)
        rows.append((hour, len(group), sum(1 for e in group if e.level in ("WARNING", "ERROR"))))
    return rows


def render_table(rows, headers, widths):
    fmt = " | ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*headers), "-+-".join("-" * w for w in widths)]
    lines.extend(fmt.format(*row) for row in rows)
    return "\n".join(lines)


def running_totals(rows):
    counts = [count for _, count, _ in rows]
    return list(accumulate(counts)), list(accumulate(counts, max))


def merge_counters(*counters):
    return reduce(lambda acc, c: acc + c, counters, Counter())


def wrap_paragraph(text, width=52, indent="    "):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def first_n(iterable, n):
    return list(islice(iterable, n))


def flatten(groups):
    return list(chain.from_iterable(groups))


def pad_label(label, width, fill="."):
    return label.ljust(width, fill)


dotted = partial(pad_label, width=18)
round_trip = lambda obj: json.loads(json.dumps(obj, indent=2, sort_keys=True))
