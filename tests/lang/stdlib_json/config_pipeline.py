# A realistic program over two modules: reads JSON configuration documents (with
# comments stripped by a regular expression and ${VAR} references expanded), merges them,
# validates them with the schema in _config_schema.py, and writes the effective
# configuration back as JSON; errors are reported as CPython reports them.
import json
import re

from _config_schema import Field, SchemaError, validate

COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.S)
VARIABLE = re.compile(r'\$\{(?P<name>[A-Z_][A-Z0-9_]*)(?::-(?P<default>[^}]*))?\}')

SCHEMA = {
    'name': Field(str, check=lambda s: re.fullmatch(r'[a-z][a-z0-9-]*', s) is not None),
    'port': Field(int, check=lambda p: 0 < p < 65536),
    'debug': Field(bool, required=False, default=False),
    'timeouts': {
        'connect': Field('duration'),
        'read': Field('duration', required=False, default=30.0),
    },
    'hosts': Field(list, check=lambda hs: all(isinstance(h, str) for h in hs)),
    'labels': Field(dict, required=False, default={}),
}

ENVIRONMENT = {'PORT': '8080', 'REGION': 'eu-west', 'USER': 'd\u00e9v'}


def strip_comments(text):
    return COMMENT.sub(lambda m: m.group(1) or '', text)


def expand(text):
    def replace(m):
        value = ENVIRONMENT.get(m['name'], m['default'])
        if value is None:
            raise KeyError('undefined variable ' + m['name'])
        return value
    return VARIABLE.sub(replace, text)


def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result


def load(text):
    return json.loads(expand(strip_comments(text)), object_pairs_hook=dict,
                      parse_int=int, parse_float=float)


BASE = r'''
{
    // service identity
    "name": "edge-proxy",
    "port": ${PORT},
    "timeouts": {"connect": "250ms", "read": "1.5m"},   /* minutes */
    "hosts": ["a.${REGION}.example", "b.${REGION}.example"],
    "labels": {"owner": "${USER}", "url": "http://x//y", "tier": "${TIER:-gold}"}
}
'''
OVERRIDES = [
    '{"debug": true, "timeouts": {"read": "2s"}, "labels": {"tier": "silver"}}',
    '{"port": 70000}',
    '{"timeouts": {"connect": "soon"}}',
    '{"name": "Edge Proxy"}',
    '{"hosts": ["ok", 3]}',
    '{"extra": 1, "another": [1,]}',
    '{"extra": 1}',
    '{"labels": {"owner": "${MISSING}"}}',
    '{"timeouts": 5}',
]

base = load(BASE)
print(json.dumps(base, sort_keys=True))
for text in OVERRIDES:
    try:
        merged = merge(base, load(text))
        config = validate(merged, SCHEMA)
        print('ok', json.dumps(config, sort_keys=True, ensure_ascii=False))
    except SchemaError as e:
        print('schema error:', e, '| at', e.path)
    except json.JSONDecodeError as e:
        print('json error:', e.msg, 'at', e.pos, '| line', e.lineno, 'col', e.colno)
    except KeyError as e:
        print('key error:', e)

final = validate(merge(base, load(OVERRIDES[0])), SCHEMA)
text = json.dumps(final, indent=4, sort_keys=True)
print(text)
print(re.sub(r'\s+', '', text) == json.dumps(final, separators=(',', ':'), sort_keys=True))
stats = {'keys': len(re.findall(r'"(\w+)":', text)),
         'numbers': re.findall(r':\s*(-?\d+(?:\.\d+)?)', text),
         'lines': text.count('\n') + 1}
print(json.dumps(stats))
print(json.loads(text) == final, json.loads(text, object_hook=lambda d: sorted(d))[:3])
