"""JSONEncoder: Python objects to JSON text."""
import _json
from _json import encode_basestring, encode_basestring_ascii

__all__ = ['JSONEncoder']

INFINITY = float('inf')


class JSONEncoder:
    """Encodes dicts as objects, lists and tuples as arrays, str as strings, int and float
    as numbers, True/False/None as true/false/null; anything else goes through default().

    skipkeys: drop dict keys that are not str, int, float, bool or None (else TypeError).
    ensure_ascii: escape every non-ASCII character. check_circular: detect reference
    cycles (ValueError) instead of recursing until RecursionError. allow_nan: emit NaN and
    Infinity (else ValueError). sort_keys: objects in key order. indent: pretty-print with
    that many spaces (or that str) per level. separators: (item_separator, key_separator).
    default: called for unsupported objects; returns something encodable or raises.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to encode other types: return an encodable stand-in for o."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of str pieces (for writing to a stream)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            return [_json.encode(o, self.default, self.check_circular, self.ensure_ascii,
                                 indent, self.key_separator, self.item_separator,
                                 self.sort_keys, self.skipkeys, self.allow_nan)]
        return _StreamEncoder(self, indent).encode(o, 0)


class _StreamEncoder:
    """Generates the JSON text of a value piece by piece, so that json.dump writes as it
    goes (and has written the pieces before an error, as CPython does)."""

    def __init__(self, encoder, indent):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return '' if self.indent is None else '\n' + self.indent * level

    def primitive(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def encode(self, o, level):
        text = self.primitive(o)
        if text is not None:
            yield text
        else:
            yield from self.encode_compound(o, level)

    def encode_compound(self, o, level):
        if isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            yield from self.encode(self.default(o), level)
            self.leave(o)

    # Pieces are cut where CPython's encoder cuts them: a separator travels with the
    # scalar after it, so that an error leaves the same text written.
    def encode_list(self, items, level):
        if not items:
            yield '[]'
            return
        self.enter(items)
        newline = self.newline(level + 1)
        pending = '[' + newline
        for item in items:
            text = self.primitive(item)
            if text is not None:
                yield pending + text
            else:
                yield pending
                yield from self.encode_compound(item, level + 1)
            pending = self.item_separator + newline
        yield self.newline(level) + ']'
        self.leave(items)

    def key_text(self, key):
        """The str form of a dict key, or None when skipkeys drops it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(self, mapping, level):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        newline = self.newline(level + 1)
        yield '{' + newline
        items = sorted(mapping.items()) if self.sort_keys else mapping.items()
        separator = ''
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            yield separator + self.string(key) + self.key_separator
            separator = self.item_separator + newline
            yield from self.encode(value, level + 1)
        yield self.newline(level) + '}'
        self.leave(mapping)
