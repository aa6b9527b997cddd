"""Printing and formatting exceptions and their tracebacks, as the interpreter itself prints
an uncaught exception (the text comes from the VM, so the two always agree).

Not provided: frame objects (walk_tb, walk_stack, print_stack, format_stack, extract_stack,
TracebackException); `limit` is accepted and ignored.
"""

import sys

import _traceback
from _caller import source_line as _source_line

__all__ = [
    "extract_tb", "format_exc", "format_exception", "format_exception_only", "format_list",
    "format_tb", "print_exc", "print_exception", "print_list", "print_tb", "FrameSummary",
    "StackSummary", "clear_frames",
]

_sentinel = object()


def _exception_of(exc, value):
    # print_exception(exc) or the older print_exception(type, value, tb).
    if value is not _sentinel:
        return value
    if exc is not None and not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc


def _chunks(text):
    """Splits a report into CPython's pieces: one per frame (its File line and the source
    and caret lines under it), one for every other line."""
    pieces = []
    for line in text.splitlines(keepends=True):
        if line.startswith("    ") and pieces and pieces[-1].startswith("  File "):
            pieces[-1] += line
        else:
            pieces.append(line)
    return pieces


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if tb is not _sentinel and tb is not exc.__traceback__:
        exc = exc.with_traceback(tb)
    if chain:
        return _chunks(_traceback.format(exc))
    saved = exc.__cause__, exc.__context__, exc.__suppress_context__
    exc.__cause__ = exc.__context__ = None
    try:
        return _chunks(_traceback.format(exc))
    finally:
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    lines = [line for line in _traceback.format_only(exc).splitlines(keepends=True)]
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    notes = getattr(exc, "__notes__", None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append(f"{note}\n")
        else:
            lines.append(f"{notes!r}\n")
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


class FrameSummary:
    """Where one frame was: file, line number, function name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals", "_text")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._text = None  # from a traceback: the VM's own rendering, carets included
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        lines = []
        for frame in self:
            if frame._text is not None:
                lines.append(frame._text)
                continue
            text = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            if frame.line:
                text += f"    {frame.line}\n"
            lines.append(text)
        return lines


def extract_tb(tb, limit=None):
    summary = StackSummary()
    for filename, lineno, name, text in _traceback.entries(tb):
        frame = FrameSummary(filename, lineno, name)
        frame._text = text
        summary.append(frame)
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear: tracebacks do not keep frames alive in Ember."""
