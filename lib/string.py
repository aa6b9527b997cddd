"""String constants, capwords, Template ($-substitution) and Formatter (str.format
as an overridable class)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word and joins them with sep (or a space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_EMPTY_MAPPING = {}
_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


class _Placeholder:
    """One delimiter occurrence in a template: kind is 'escaped', 'named', 'braced' or
    'invalid'; start/end delimit the text it replaces; name is the identifier; for an
    invalid one, where is the offset error messages report."""

    def __init__(self, kind, start, end, name=None, where=None):
        self.kind, self.start, self.end, self.name = kind, start, end, name
        self.where = end if where is None else where


class Template:
    """A string with $name or ${name} placeholders; $$ is a literal $."""

    delimiter = "$"
    # Identifiers are ASCII: a letter or underscore, then letters, digits, underscores.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # re.IGNORECASE in CPython; only used with a custom pattern

    def __init__(self, template):
        self.template = template

    def _uses_default_syntax(self):
        cls = type(self)
        return (cls.idpattern == Template.idpattern and cls.braceidpattern is None
                and cls.flags is None and "pattern" not in dir(cls))

    def _identifier_end(self, i):
        text = self.template
        if i >= len(text) or text[i] not in _ID_START:
            return i
        i += 1
        while i < len(text) and text[i] in _ID_REST:
            i += 1
        return i

    def _placeholders(self):
        """The placeholders, left to right, as the default pattern finds them."""
        if not self._uses_default_syntax():
            yield from self._regex_placeholders()
            return
        text, delim = self.template, self.delimiter
        size = len(delim)
        i = text.find(delim) if delim else -1
        while i >= 0:
            after = i + size
            if text.startswith(delim, after):
                yield _Placeholder("escaped", i, after + size)
                i = text.find(delim, after + size)
                continue
            end = self._identifier_end(after)
            if end > after:
                yield _Placeholder("named", i, end, text[after:end])
                i = text.find(delim, end)
                continue
            if text.startswith("{", after):
                end = self._identifier_end(after + 1)
                if end > after + 1 and text.startswith("}", end):
                    yield _Placeholder("braced", i, end + 1, text[after + 1:end])
                    i = text.find(delim, end + 1)
                    continue
            yield _Placeholder("invalid", i, after)
            i = text.find(delim, after)

    def _regex_placeholders(self):
        # Custom patterns are regular expressions: only then is the re module needed.
        import re

        cls = type(self)
        pattern = getattr(cls, "pattern", None)
        if pattern is None or isinstance(pattern, str):
            if pattern is None:
                braceid = cls.braceidpattern or cls.idpattern
                pattern = (
                    rf"{re.escape(cls.delimiter)}(?:(?P<escaped>{re.escape(cls.delimiter)})|"
                    rf"(?P<named>{cls.idpattern})|{{(?P<braced>{braceid})}}|(?P<invalid>))"
                )
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            pattern = re.compile(pattern, flags | re.VERBOSE)
        for match in pattern.finditer(self.template):
            for kind in ("escaped", "named", "braced", "invalid"):
                value = match.group(kind)
                if value is not None:
                    name = value if kind in ("named", "braced") else None
                    yield _Placeholder(kind, match.start(), match.end(), name, match.start(kind))
                    break

    def _invalid(self, placeholder):
        i = placeholder.where
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, mapping, safe):
        text = self.template
        pieces = []
        last = 0
        for ph in self._placeholders():
            pieces.append(text[last:ph.start])
            last = ph.end
            if ph.kind == "escaped":
                pieces.append(self.delimiter)
            elif ph.kind == "invalid":
                if not safe:
                    self._invalid(ph)
                pieces.append(text[ph.start:ph.end])
            elif safe:
                try:
                    pieces.append(str(mapping[ph.name]))
                except KeyError:
                    pieces.append(text[ph.start:ph.end])
            else:
                pieces.append(str(mapping[ph.name]))
        pieces.append(text[last:])
        return "".join(pieces)

    @staticmethod
    def _merge(mapping, kws):
        if mapping is _EMPTY_MAPPING:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_EMPTY_MAPPING, /, **kws):
        return self._render(self._merge(mapping, kws), False)

    def safe_substitute(self, mapping=_EMPTY_MAPPING, /, **kws):
        return self._render(self._merge(mapping, kws), True)

    def is_valid(self):
        return all(ph.kind != "invalid" for ph in self._placeholders())

    def get_identifiers(self):
        names = []
        for ph in self._placeholders():
            if ph.name is not None and ph.name not in names:
                names.append(ph.name)
        return names


class _Chain:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _parse_format(text):
    """Splits a format string the way str.format reads it: yields (literal_text,
    field_name, format_spec, conversion); the last three are None when no field follows
    the literal text (at the end, or after an escaped '{{' or '}}')."""
    n = len(text)
    i = 0
    while i < n:
        start = i
        while i < n and text[i] not in "{}":
            i += 1
        if i == n:
            yield text[start:], None, None, None
            return
        brace = text[i]
        i += 1
        doubled = i < n and text[i] == brace
        if brace == "}" and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if i == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            i += 1
            yield text[start:i - 1], None, None, None
            continue
        literal = text[start:i - 1]
        field_name, spec, conversion, i = _parse_field(text, i)
        yield literal, field_name, spec, conversion


def _parse_field(text, i):
    """Reads 'name!c:spec}' from text[i:]: (name, spec, conversion, index after '}')."""
    n = len(text)
    start = i
    c = ""
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            # ':' and '!' do not end the name inside brackets.
            while i < n and text[i] != "]":
                i += 1
            continue
        if c in "}:!":
            break
    name = text[start:i - 1]
    conversion = None
    if c == "}":
        return name, "", conversion, i
    if c not in (":", "!"):
        raise ValueError("expected '}' before end of string")
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == "}":
                return name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, text[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _index_or_name(text):
    return int(text) if text.isdecimal() else text


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator over (True, 'b'), (False, 0)). Like CPython, the rest
    is parsed lazily, so an error in it shows only when the lookup gets there."""
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    return _index_or_name(name[:k]), _field_name_rest(name, k)


def _field_name_rest(name, k):
    n = len(name)
    while k < n:
        c = name[k]
        k += 1
        start = k
        if c == ".":
            while k < n and name[k] not in ".[":
                k += 1
            part, end = name[start:k], k
        elif c == "[":
            while k < n and name[k] != "]":
                k += 1
            if k == n:
                raise ValueError("Missing ']' in format string")
            part, end = name[start:k], k
            k += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if end == start:
            raise ValueError("Empty attribute in format string")
        yield (True, part) if c == "." else (False, _index_or_name(part))


class Formatter:
    """str.format's machinery as methods that subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Empty names are numbered automatically; mixing with explicit numbers fails.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
