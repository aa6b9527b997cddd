# Module-level __getattr__ and __dir__ (PEP 562), through attribute access,
# getattr/hasattr, and `from ... import`.
import _lazy_attrs as lazy

print(lazy.present, lazy.computed_alpha, getattr(lazy, "computed_b"))
print(hasattr(lazy, "computed_c"), hasattr(lazy, "missing"), getattr(lazy, "missing", "default"))
try:
    lazy.missing_too
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    lazy.broken
except KeyError as exc:
    print("KeyError passes through:", exc)

from _lazy_attrs import computed_imported, present

print(computed_imported, present)
try:
    from _lazy_attrs import not_there
except ImportError as exc:
    print("ImportError:", str(exc).split(" (")[0])

print(dir(lazy))
print([name for name in lazy.calls if not name.startswith("__")])
print("__getattr__" in vars(lazy), lazy.__getattr__("computed_direct"))
