"""Pretty-printing of Python data structures: containers that do not fit the width are
broken over several lines, one element per line, indented under their opening bracket.

The layout decisions (where lines break, how long strings and bytes are cut into
implicitly concatenated pieces, how recursion and the depth limit show) follow CPython's
pprint, so the output is the same text.
"""

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter",
           "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Writes the pretty form of object, then a newline, to stream (sys.stdout)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Returns the pretty form of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dictionaries kept in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that shows recursive containers with a marker instead of looping."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval(saferepr(object)) could rebuild object."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Orders values of any types: naturally when they compare, else by type name and id
    (so mixed-type dict keys and set members still sort)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _item_sort_key(item):
    return _SortKey(item[0]), _SortKey(item[1])


def _has_generated_dataclass_repr(object):
    """Whether object is a dataclass instance still showing the repr @dataclass wrote."""
    return (_dataclasses.is_dataclass(object) and not isinstance(object, type)
            and object.__dataclass_params__.repr
            and getattr(type(object).__repr__, "_dataclass_generated", False))


def _recursion_marker(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


def _pieces_of_line(line):
    """Splits line into runs of non-whitespace each followed by its whitespace, the cut
    points for long strings."""
    pieces = []
    start = 0
    n = len(line)
    while start < n:
        i = start
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
        start = i
    return pieces


def _bytes_pieces(data, width, allowance):
    """Cuts data into runs of whole 4-byte groups whose reprs fit width (the last run
    must also leave room for allowance); yields their reprs."""
    current = b""
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        candidate = current + group
        if start == last_start:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = group
        else:
            current = candidate
    if current:
        yield repr(current)


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Returns (repr, readable, recursive) for object; subclasses may override it to
        change how single values print."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the layout engine. `indent` is the column the object starts at, `allowance`
    # the room to keep free after it on its last line (closing brackets, a comma).

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and _has_generated_dataclass_repr(object):
                layout = PrettyPrinter._write_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _write_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_sort_key)
            else:
                items = list(object.items())
            self._write_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _write_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _write_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._write_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _write_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._write_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _write_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if object.__class__ is set:
            stream.write("{")
            close = "}"
        else:
            name = object.__class__.__name__
            stream.write(name + "({")
            close = "})"
            indent += len(name) + 1
        members = sorted(object, key=_SortKey)
        self._write_items(members, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _write_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:  # a top-level string gets parentheses around its pieces
            indent += 1
            allowance += 1
        width = width_last = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                width_last -= allowance
            if len(rep) <= width_last:
                pieces.append(rep)
                continue
            words = _pieces_of_line(line)
            limit = width
            current = ""
            for j, word in enumerate(words):
                candidate = current + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(pieces))
        if level == 1:
            stream.write(")")

    def _write_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parenthesized = level == 1
        if parenthesized:
            indent += 1
            allowance += 1
            stream.write("(")
        pieces = _bytes_pieces(object, self._width - indent, allowance)
        stream.write(("\n" + " " * indent).join(pieces))
        if parenthesized:
            stream.write(")")

    def _write_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._write_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                          level + 1)
        stream.write(")")

    def _write_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _write_namespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = object.__class__.__name__
        stream.write(name + "(")
        self._write_keyword_items(list(object.__dict__.items()), stream,
                                  indent + len(name) + 1, allowance, context, level)
        stream.write(")")

    def _write_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object)
                 if f.repr]
        stream.write(name + "(")
        self._write_keyword_items(items, stream, indent + len(name) + 1, allowance, context,
                                  level)
        stream.write(")")

    def _write_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(separator)

    def _write_keyword_items(self, items, stream, indent, allowance, context, level):
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write("=")
            if id(value) in context:
                stream.write("...")  # as a recursive dataclass repr shows itself
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _write_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        separator = ",\n" + " " * indent
        delimiter = ""
        width = max_width = self._width - indent + 1
        entries = iter(items)
        try:
            following = next(entries)
        except StopIteration:
            return
        last = False
        while not last:
            entry = following
            try:
                following = next(entries)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                # Pack short entries side by side while they fit the line.
                rep = self._repr(entry, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delimiter:
                        delimiter = separator
                if width >= needed:
                    width -= needed
                    stream.write(delimiter)
                    delimiter = ", "
                    stream.write(rep)
                    continue
            stream.write(delimiter)
            delimiter = separator
            self._format(entry, stream, indent, allowance if last else 1, context, level)

    def _write_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._write_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _write_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._write_dict_items(object.most_common(), stream, indent + len(name) + 1,
                               allowance + 2, context, level)
        stream.write("})")

    def _write_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        last_index = len(object.maps) - 1
        for i, mapping in enumerate(object.maps):
            if i == last_index:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _write_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._write_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._write_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={maxlen})")

    def _write_wrapped_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the object they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # The layout of each type whose repr is too long for the line, by its __repr__ (so
    # subclasses that keep the repr share the layout); CPython's name, which subclasses of
    # PrettyPrinter extend.
    _dispatch = {
        dict.__repr__: _write_dict,
        list.__repr__: _write_list,
        tuple.__repr__: _write_tuple,
        set.__repr__: _write_set,
        frozenset.__repr__: _write_set,
        str.__repr__: _write_str,
        bytes.__repr__: _write_bytes,
        bytearray.__repr__: _write_bytearray,
        _types.MappingProxyType.__repr__: _write_mappingproxy,
        _types.SimpleNamespace.__repr__: _write_namespace,
        _collections.OrderedDict.__repr__: _write_ordered_dict,
        _collections.defaultdict.__repr__: _write_default_dict,
        _collections.Counter.__repr__: _write_counter,
        _collections.ChainMap.__repr__: _write_chain_map,
        _collections.deque.__repr__: _write_deque,
        _collections.UserDict.__repr__: _write_wrapped_data,
        _collections.UserList.__repr__: _write_wrapped_data,
        _collections.UserString.__repr__: _write_wrapped_data,
    }
    # A builtin type whose repr is native but not exposed as its own __repr__ (Ember's
    # mappingproxy) shows object.__repr__, which must not send every object there.
    _dispatch.pop(object.__repr__, None)

    # ---- one-line reprs that survive recursion and honour the depth limit

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        method = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and method is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and method is dict.__repr__:
            if not object:
                return "{}", True, False
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_sort_key)
            else:
                items = object.items()
            return self._safe_container_repr(
                object, "{%s}", items, context, maxlevels, level, True)
        if issubclass(kind, list) and method is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container_repr(
                object, "[%s]", object, context, maxlevels, level, False)
        if issubclass(kind, tuple) and method is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container_repr(
                object, template, object, context, maxlevels, level, False)
        rep = repr(object)
        return rep, (rep and not rep.startswith("<")), False

    def _safe_container_repr(self, object, template, entries, context, maxlevels, level,
                             pairs):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for entry in entries:
            if pairs:
                krep, kreadable, krecursive = self.format(entry[0], context, maxlevels,
                                                          level)
                vrep, vreadable, vrecursive = self.format(entry[1], context, maxlevels,
                                                          level)
                parts.append(f"{krep}: {vrep}")
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
            else:
                rep, entry_readable, entry_recursive = self.format(entry, context,
                                                                   maxlevels, level)
                parts.append(rep)
                if not entry_readable:
                    readable = False
                recursive = recursive or entry_recursive
        del context[key]
        return template % ", ".join(parts), readable, recursive
