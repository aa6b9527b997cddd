"""Flag values and the exception shared by the parts of the re package."""

# Flag bits, with CPython's values.
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class error(Exception):
    """A regular expression or replacement template that is not valid.

    msg: the bare message; pattern: the text; pos: the index where it went wrong;
    lineno, colno: pos as a 1-based line and column (None when pos is None).
    """
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)
