"""importlib: import_module, the programmatic form of the import statement."""

import sys as _sys

__all__ = ["import_module", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Imports the module `name` (relative to `package` when it starts with dots) and
    returns it: the module itself, not the top-level package as __import__ gives."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        level = len(name) - len(name.lstrip("."))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    """Nothing to do: Ember's module finder keeps no caches."""
