# A realistic text-processing script: parses web-server log lines with a verbose pattern,
# redacts e-mail addresses and tokens, aggregates per endpoint and status, and writes a
# JSON report that it reads back.
import json
import re

LOG = """\
2024-03-01T10:00:01Z 192.168.0.1 GET /api/users?id=17 200 512 "Mozilla/5.0" user=alice@example.com
2024-03-01T10:00:02Z 10.0.0.7 POST /api/login 401 64 "curl/8.1" token=abc123SECRET
2024-03-01T10:00:02Z 10.0.0.7 POST /api/login 200 128 "curl/8.1" token=def456SECRET
2024-03-01T10:01:15Z 192.168.0.1 GET /static/app.js 304 0 "Mozilla/5.0" -
2024-03-01T10:02:00Z 172.16.5.4 DELETE /api/users/17 500 33 "python-requests/2.31" admin=root@corp.example.org
malformed line without the right shape
2024-03-01T10:03:30Z 192.168.0.9 GET /api/users?id=18 200 498 "Mozilla/5.0 (X11; Linux)" -
2024-03-01T11:00:00Z 10.0.0.7 GET /caf\u00e9/men\u00fc 404 12 "curl/8.1" note=\u00fcber
"""

LINE = re.compile(r"""
    ^(?P<time> \d{4}-\d\d-\d\dT(?P<hour>\d\d):\d\d:\d\dZ ) \s+
    (?P<ip> (?:\d{1,3}\.){3}\d{1,3} ) \s+
    (?P<method> GET|POST|PUT|DELETE ) \s+
    (?P<path> [^\s?]+ ) (?: \? (?P<query> \S+ ) )? \s+
    (?P<status> [1-5]\d\d ) \s+
    (?P<size> \d+ ) \s+
    "(?P<agent> [^"]* )" \s+
    (?P<extra> .* )$
""", re.VERBOSE | re.MULTILINE)

EMAIL = re.compile(r'(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)')
TOKEN = re.compile(r'(token=)(\w{3})\w*')


def redact(text):
    text = EMAIL.sub(lambda m: m['user'][0] + '***@' + m['domain'], text)
    return TOKEN.sub(r'\1\2...', text)


def parse(log):
    records = []
    for m in LINE.finditer(log):
        record = m.groupdict()
        record['status'] = int(record['status'])
        record['size'] = int(record['size'])
        record['extra'] = redact(record['extra'])
        record['query'] = dict(kv.split('=') for kv in re.split('[&;]', record['query'])) \
            if record['query'] else {}
        records.append(record)
    return records


records = parse(LOG)
print(len(records), 'records;', len(LOG.splitlines()) - len(records), 'skipped')
for r in records:
    print('%-6s %-20s %d %5d %s' % (r['method'], r['path'], r['status'], r['size'], r['extra']))

by_endpoint = {}
for r in records:
    endpoint = re.sub(r'/\d+$', '/:id', r['path'])
    stats = by_endpoint.setdefault(endpoint, {'hits': 0, 'bytes': 0, 'statuses': {}})
    stats['hits'] += 1
    stats['bytes'] += r['size']
    stats['statuses'][str(r['status'])] = stats['statuses'].get(str(r['status']), 0) + 1

agents = {}
for r in records:
    family = re.match(r'[\w-]+', r['agent']).group().lower()
    agents[family] = agents.get(family, 0) + 1

report = {
    'endpoints': by_endpoint,
    'agents': agents,
    'errors': [r['time'] for r in records if r['status'] >= 400],
    'hours': sorted({int(r['hour']) for r in records}),
    'ips': sorted(set(re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG))),
}
text = json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False)
print(text)
again = json.loads(text)
print(again == report, json.dumps(again['agents'], sort_keys=True))

# A second pass over the report text itself.
keys = re.findall(r'^\s*"([^"]+)":', text, re.M)
print(len(keys), keys[:6])
print(re.sub(r'\s+', ' ', json.dumps(report['hours'], indent=1)))
numbers = [int(n) for n in re.findall(r'(?<![\w.-])\d+(?![\w.-])', text)]
print(sum(numbers), max(numbers))
words = re.findall(r'[^\W\d_]+', LOG.lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)
