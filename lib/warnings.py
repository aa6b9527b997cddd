"""Issuing and filtering warnings, as CPython 3.11's warnings module does."""

import sys
import _caller
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message regex or None, category, module regex or str or None,
# lineno); the first that matches a warning decides its fate. These are CPython's defaults
# for a release build without -W options.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change, so that the per-module registries of warnings already
# shown (which remember what the old filters decided) are cleared on their next use.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'FILE:LINE: Category: message' and the source line."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _caller.source_line(filename, lineno)
    if line:
        text += "  " + line.strip() + "\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default)."""
    _show_message(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _show_message(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    # formatwarning may have been replaced by the program.
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


# What a shown warning goes through; catch_warnings(record=True) swaps in a list's append.
_showwarnmsg_impl = _show_message


def _showwarnmsg(msg):
    # A showwarning() replaced by the program takes precedence, as in CPython.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter whose message and module are regular expressions matched at the start."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _add_filter((action, message_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter, the defaults included."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # The default filters hold plain module names, compared whole; others hold regexes.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the caller `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not "
                        f"'{type(category).__name__}'")
    # Levels below 1 name the caller too; depth 0 would be this function.
    depth = max(_index(stacklevel), 1)
    try:
        filename, lineno = _caller.location(depth)
        module_globals = _caller.globals(depth)
    except ValueError:
        module_globals = sys.__dict__
        filename = "sys"
        lineno = 1
    module = module_globals.get("__name__", "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning for an explicit source position."""
    lineno = _index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, message_pattern, filter_category, module_pattern, filter_lineno = item
        if (_matches(message_pattern, text) and issubclass(category, filter_category)
                and _matches(module_pattern, module)
                and (filter_lineno == 0 or lineno == filter_lineno)):
            break
    else:
        action = defaultaction
        item = None
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with
    record=True, warnings are collected in the list __enter__ returns instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
