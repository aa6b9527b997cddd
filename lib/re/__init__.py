"""Regular expressions with Python's syntax and semantics, matched by PCRE2.

re._parser checks a pattern and translates it to PCRE2 syntax; _sre (C++) compiles it and
provides the Pattern and Match types; this module holds the functions, the flags and the
caches of compiled patterns and replacement templates.
"""
import _sre

from . import _constants, _parser, _template
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


def _exact(flag):
    """The plain int value of a flag (Ember's int() still returns int subclasses as they
    are, so the int methods do the conversion)."""
    return int.__or__(flag, 0)


class RegexFlag(int):
    """A set of flags: an int that prints as CPython prints re's flags
    (re.IGNORECASE|re.MULTILINE) and stays a RegexFlag under | & ^ ~."""
    __module__ = 're'
    _names = {}     # value -> name, in definition order
    _all = 0

    def __new__(cls, value):
        return int.__new__(cls, value)

    @property
    def value(self):
        return _exact(self)

    @property
    def name(self):
        value = _exact(self)
        if value in RegexFlag._names:
            return RegexFlag._names[value]
        names = [name for bit, name in RegexFlag._names.items() if bit and value & bit == bit]
        return '|'.join(names) if names else None

    def __repr__(self):
        value = _exact(self)
        if value in RegexFlag._names:
            return 're.' + RegexFlag._names[value]
        if value < 0:
            return 're.RegexFlag(%d)' % value
        names = []
        for bit, name in RegexFlag._names.items():
            if bit and value & bit == bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(_exact(self), spec) if spec else str(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int.__or__(self, other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int.__and__(self, other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int.__xor__(self, other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(RegexFlag._all & ~_exact(self))


def _define_flags():
    members = [('NOFLAG', 0), ('ASCII', _constants.ASCII),
               ('IGNORECASE', _constants.IGNORECASE), ('LOCALE', _constants.LOCALE),
               ('UNICODE', _constants.UNICODE), ('MULTILINE', _constants.MULTILINE),
               ('DOTALL', _constants.DOTALL), ('VERBOSE', _constants.VERBOSE),
               ('TEMPLATE', _constants.TEMPLATE), ('DEBUG', _constants.DEBUG)]
    for name, value in members:
        RegexFlag._names[value] = name
        RegexFlag._all |= value
        setattr(RegexFlag, name, RegexFlag(value))


_define_flags()
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

Pattern = _sre.Pattern
Match = _sre.Match


# ---- the functions

def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of the string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches the whole string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """A Match for the first place where the pattern matches, else None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping matches replaced by repl: a template
    (\\1, \\g<name> ...) or a function of the Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions), as sub() does them."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The string split at the matches; the groups of each match are included."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of groups when there are several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The compiled Pattern."""
    return _compile(pattern, flags)


def purge():
    """Clears the caches of compiled patterns and templates."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compiles with the TEMPLATE flag (deprecated; no backtracking is not enforced)."""
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """The pattern with every character that is special in a regular expression escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    return str(pattern, 'latin1').translate(_special_chars).encode('latin1')


# ---- caches

_MAXCACHE = 512
_cache = {}
_template_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = _exact(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    debug = flags & DEBUG
    result = _parser.translate(pattern, flags)
    compiled = _sre.compile(pattern, result.flags, result.code, result.groups,
                            result.groupindex, result.parents)
    if not debug:
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry (dicts keep insertion order).
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def _compile_template(pattern, repl):
    """Called by _sre: the parsed form of a replacement template (cached)."""
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    result = _template.compile_template(pattern, repl)
    if len(_template_cache) >= _MAXCACHE:
        del _template_cache[next(iter(_template_cache))]
    _template_cache[key] = result
    return result


class Scanner:
    """Splits text into tokens: lexicon is a list of (pattern, action) pairs, tried as one
    alternation at each position; an action is a value to emit, a function
    action(scanner, text) whose result is emitted, or None to emit nothing."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.groups = []
        parts = []
        group = 1
        for phrase, action in lexicon:
            self.groups.append(group)
            parts.append('(%s)' % phrase)
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        """(list of emitted values, the text left when no pattern matches)."""
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for (phrase, action), group in zip(self.lexicon, self.groups):
                if m.start(group) >= 0:
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
