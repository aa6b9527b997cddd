"""Docstring first."""
from __future__ import annotations, generator_stop
from __future__ import division
def f(x: int) -> int:
    return x
print(f(2))
