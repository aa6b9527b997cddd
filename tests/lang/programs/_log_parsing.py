"""Synthetic log generation and parsing."""
import random
import re
from datetime import datetime, timedelta
from functools import lru_cache

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
SERVICES = ("auth", "billing", "search", "gateway")
PATHS = ("/login", "/logout", "/api/items", "/api/items/42", "/api/cart", "/health")
USERS = ("alice", "bob", "carol", "dave", "erin")

LINE_RE = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+"
    r"\[(?P<level>[A-Z]+)\]\s+"
    r"(?P<service>\w+):\s+"
    r"(?P<message>.*)$"
)
REQUEST_RE = re.compile(r"(?P<method>GET|POST|DELETE) (?P<path>/[\w/]*) -> (?P<status>\d{3}) in (?P<ms>\d+)ms")
KV_RE = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
EMAIL_RE = re.compile(r"\b([a-z]+)@([a-z]+)\.(com|org)\b")
START = datetime(2024, 2, 28, 23, 50, 0)


def generate(count, seed=1234):
    """Yield `count` log lines from a seeded generator."""
    rng = random.Random(seed)
    now = START
    for n in range(count):
        now += timedelta(seconds=rng.randint(1, 90))
        level = rng.choices(LEVELS, weights=[2, 6, 2, 1])[0]
        service = rng.choice(SERVICES)
        kind = rng.random()
        if kind < 0.55:
            method = rng.choice(["GET", "GET", "POST", "DELETE"])
            status = rng.choice([200, 200, 200, 201, 404, 500])
            message = f"{method} {rng.choice(PATHS)} -> {status} in {rng.randint(3, 900)}ms"
        elif kind < 0.8:
            user = rng.choice(USERS)
            message = f'event user={user} action="{rng.choice(["view cart", "pay", "search"])}" n={rng.randint(1, 9)}'
        else:
            user = rng.choice(USERS)
            message = f"contact {user}@example.{rng.choice(['com', 'org'])} about ticket #{rng.randrange(1000, 9999)}"
        if n % 17 == 5:
            yield f"garbage line {n} without structure"
            continue
        yield f"{now:%Y-%m-%d %H:%M:%S} [{level}] {service}: {message}"


class Entry:
    __match_args__ = ("level", "service")

    def __init__(self, stamp, level, service, message):
        self.stamp = stamp
        self.level = level
        self.service = service
        self.message = message
        self.request = None
        self.fields = {}

    def __repr__(self):
        return f"Entry({self.stamp:%H:%M:%S}, {self.level}, {self.service}, {self.message[:24]!r})"


@lru_cache(maxsize=None)
def parse_stamp(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def parse_value(raw):
    if raw.startswith('"') and raw.endswith('"'):
        return raw[1:-1]
    try:
        return int(raw)
    except ValueError:
        return raw


def parse(lines):
    """Return (entries, rejects); rejects keeps (line_number, text)."""
    entries, rejects = [], []
    for number, line in enumerate(lines, start=1):
        match = LINE_RE.match(line)
        if match is None:
            rejects.append((number, line))
            continue
        entry = Entry(parse_stamp(match["stamp"]), match.group("level"),
                      match.group("service"), match.group("message"))
        request = REQUEST_RE.search(entry.message)
        if request:
            data = request.groupdict()
            data["status"] = int(data["status"])
            data["ms"] = int(data["ms"])
            entry.request = data
        for kv in KV_RE.finditer(entry.message):
            entry.fields[kv.group(1)] = parse_value(kv.group(2))
        entries.append(entry)
    return entries, rejects


def redact(message):
    """Hide e-mail user names, keeping their first letter and the length."""
    def hide(match):
        user, domain, tld = match.groups()
        return f"{user[0]}{'*' * (len(user) - 1)}@{domain}.{tld}"
    return EMAIL_RE.sub(hide, message)
