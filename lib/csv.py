"""Reading and writing comma-separated values.

The parser is a character-by-character state machine with the states and transitions of
CPython's _csv module, so rows, quoting and error messages come out the same. Not
provided: Sniffer.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    __module__ = "_csv"


_field_limit = 128 * 1024
_registry = {}


def field_size_limit(*limit):
    """Returns the largest field the reader accepts; with an argument, sets it."""
    global _field_limit
    if len(limit) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument ({len(limit)} given)")
    old = _field_limit
    if limit:
        if not isinstance(limit[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = limit[0]
    return old


# ---- dialects

def _char(name, value, none_allowed):
    """Checks a one-character option; returns the character or None."""
    if value is None and none_allowed:
        return None
    if not isinstance(value, str):
        expected = "string or None" if none_allowed else "string"
        raise TypeError(f'"{name}" must be {expected}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


_OPTIONS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
            "quoting", "skipinitialspace", "strict")
_DEFAULTS = {"delimiter": ",", "doublequote": True, "escapechar": None,
             "lineterminator": "\r\n", "quotechar": '"', "quoting": QUOTE_MINIMAL,
             "skipinitialspace": False, "strict": False}


class _Dialect:
    """The checked, read-only set of options a reader or writer works with (CPython's
    _csv.Dialect)."""

    def __init__(self, dialect, options):
        given = {}
        for name in _OPTIONS:
            if name in options:
                given[name] = options[name]
            elif dialect is not None and hasattr(dialect, name):
                given[name] = getattr(dialect, name)
        value = dict(_DEFAULTS)
        if "delimiter" in given:
            value["delimiter"] = _char("delimiter", given["delimiter"], False)
        for name in ("doublequote", "skipinitialspace", "strict"):
            if name in given:
                value[name] = bool(given[name])
        for name in ("escapechar", "quotechar"):
            if name in given:
                value[name] = _char(name, given[name], True)
        if "lineterminator" in given:
            terminator = given["lineterminator"]
            if terminator is not None and not isinstance(terminator, str):
                raise TypeError('"lineterminator" must be a string')
            value["lineterminator"] = terminator
        if "quoting" in given:
            if type(given["quoting"]) is not int:
                raise TypeError('"quoting" must be an integer')
            value["quoting"] = given["quoting"]
        if value["quoting"] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if "quotechar" in given and given["quotechar"] is None and "quoting" not in given:
            value["quoting"] = QUOTE_NONE
        if value["quoting"] != QUOTE_NONE and value["quotechar"] is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if value["lineterminator"] is None:
            raise TypeError("lineterminator must be set")
        for name in _OPTIONS:
            object.__setattr__(self, name, value[name])

    def __setattr__(self, name, value):
        if name in _OPTIONS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not "
                                 f"writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")


def _make_dialect(dialect, options):
    for name in options:
        if name not in _OPTIONS:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not options:
        return dialect
    return _Dialect(dialect, options)


def register_dialect(name, dialect=None, **options):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _make_dialect(dialect, options)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


class Dialect:
    """Base class for named sets of options; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel's CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Files as Unix tools write them: every field quoted, lines end with '\\n'."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- reading

_EOL = ""  # fed to the parser after each line's characters; equals no option

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._reset()
        # Lines without these characters are just split at the delimiter.
        special = "\r\n"
        if dialect.quoting != QUOTE_NONE:
            special += dialect.quotechar
        if dialect.escapechar is not None:
            special += dialect.escapechar
        if dialect.skipinitialspace:
            special += " "
        self._special = special

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            f"(the file should be opened in text mode)")
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._plain_record(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _plain_record(self, line):
        """The fields of a line the character-level parser would just split at the
        delimiter, or None when it must read the line."""
        if self.dialect.quoting == QUOTE_NONNUMERIC:
            return None
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        for c in self._special:
            if c in line:
                return None
        if not line:
            return []
        fields = line.split(self.dialect.delimiter)
        for field in fields:
            if len(field) > _field_limit:
                return None
        return fields

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _end_line(self, c):
        # A line break or the end of the line ends the record.
        self._save_field()
        self._state = _START_RECORD if c == _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c == "\n" or c == "\r"
        if state == _START_RECORD:
            if c == _EOL:
                return  # an empty line: an empty row
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c == _EOL:
                self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c == _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c == _EOL:
                return
            if newline or c == _EOL:
                self._end_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c == _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # a doubled quote stands for one
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c == _EOL:
                self._end_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c == _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")


# Without a dialect argument the options start from the defaults, not from "excel": the
# two differ when quotechar=None alone turns quoting off.

def reader(csvfile, dialect=None, **fmtparams):
    """Returns an iterator over the rows (lists of strings) of an iterable of lines."""
    d = _make_dialect(dialect, fmtparams)
    return _Reader(csvfile, d)


# ---- writing

def _is_number(value):
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__")
            or hasattr(kind, "__float__") or isinstance(value, complex))


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        # Fields without these characters are written as they are.
        self._special = dialect.delimiter + dialect.lineterminator + "".join(
            c for c in (dialect.quotechar, dialect.escapechar) if c is not None)

    def _field_text(self, text, quoted):
        """The field as written, and whether it needs quotes around it."""
        for c in self._special:
            if c in text:
                break
        else:
            return text, quoted
        d = self.dialect
        out = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quoted = True
                elif d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                else:
                    out.append(d.escapechar)
            out.append(c)
        return "".join(out), quoted

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            text, quoted = self._field_text(text, quoted)
            parts.append(f"{d.quotechar}{text}{d.quotechar}" if quoted else text)
        if len(parts) == 1 and parts[0] == "":
            # A lone empty field would read back as an empty row.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """Returns an object whose writerow/writerows write rows to csvfile as lines."""
    write = getattr(csvfile, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, fmtparams))


# ---- rows as dictionaries

class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default, the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:  # blank lines would make dicts of restval only
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                result[name] = self.restval
        return result


class DictWriter:
    """Writes dicts as rows, the values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(name) for name in extra]))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


def _name_as_csv_type(cls, name):
    # The reader, writer and dialect objects show as the C module's types do.
    cls.__module__ = "_csv"
    cls.__name__ = cls.__qualname__ = name


_name_as_csv_type(_Dialect, "Dialect")
_name_as_csv_type(_Reader, "reader")
_name_as_csv_type(_Writer, "writer")
