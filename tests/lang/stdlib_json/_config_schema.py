# Helper module for config_pipeline.py: a tiny schema checker for decoded JSON.
import re

DURATION = re.compile(r'^(?P<value>\d+(?:\.\d+)?)(?P<unit>ms|s|m|h)$')
UNITS = {'ms': 0.001, 's': 1, 'm': 60, 'h': 3600}


class SchemaError(Exception):
    def __init__(self, path, message):
        super().__init__('%s: %s' % ('.'.join(path) or '<root>', message))
        self.path = path


class Field:
    def __init__(self, kind, required=True, default=None, check=None):
        self.kind = kind
        self.required = required
        self.default = default
        self.check = check

    def convert(self, value, path):
        if self.kind == 'duration':
            if not isinstance(value, str):
                raise SchemaError(path, 'expected a duration string, got %s' % type(value).__name__)
            m = DURATION.match(value)
            if not m:
                raise SchemaError(path, 'bad duration %r' % value)
            return float(m['value']) * UNITS[m['unit']]
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            raise SchemaError(path, 'expected %s, got %s' % (self.kind.__name__, type(value).__name__))
        if self.check and not self.check(value):
            raise SchemaError(path, 'invalid value %r' % (value,))
        return value


def validate(data, schema, path=()):
    if not isinstance(data, dict):
        raise SchemaError(list(path), 'expected an object')
    result = {}
    for name, field in schema.items():
        where = list(path) + [name]
        if name not in data:
            if field.required:
                raise SchemaError(where, 'missing')
            result[name] = field.default
        elif isinstance(field, dict):
            result[name] = validate(data[name], field, where)
        else:
            result[name] = field.convert(data[name], where)
    extra = sorted(set(data) - set(schema))
    if extra:
        raise SchemaError(list(path), 'unknown keys %s' % ', '.join(extra))
    return result
