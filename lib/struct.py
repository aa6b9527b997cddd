"""Conversions between Python values and C structs packed in bytes (see _struct)."""

from _struct import *
from _struct import _clearcache
