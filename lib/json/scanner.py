"""The JSON scanner: make_scanner(decoder) returns scan_once(string, idx) -> (value, end),
which raises StopIteration(idx) when no JSON value starts at idx. Implemented in _json."""
from _json import make_scanner

__all__ = ['make_scanner']
