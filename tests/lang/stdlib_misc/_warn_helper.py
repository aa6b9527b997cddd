# Warns from a module other than __main__ (for warnings_default_filters.py).
import warnings


def deprecated():
    warnings.warn("helper is deprecated", DeprecationWarning)


def user():
    warnings.warn("helper warns", UserWarning)


def for_caller(message):
    warnings.warn(message, stacklevel=2)
