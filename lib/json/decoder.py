"""JSONDecoder: JSON text to Python objects."""
from _json import scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A ValueError that says where decoding failed.

    msg: the bare message; doc: the text being parsed; pos: the index where it failed;
    lineno, colno: pos as a 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _skip_whitespace(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


class JSONDecoder:
    """Decodes JSON objects to dicts, arrays to lists, strings to str, numbers to int or
    float, true/false/null to True/False/None, and NaN/Infinity/-Infinity to floats.

    object_hook(dict) and object_pairs_hook(list of pairs) replace decoded objects;
    parse_float, parse_int and parse_constant convert number and constant text; with
    strict=False, control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (surrounding whitespace allowed)."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value starting at s[idx]; returns (value, index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
