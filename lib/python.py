"""Mojo's `python` module: the door from Mojo code to Python modules and values.

In Ember Python values are the VM's own objects, so `Python.import_module("math")` is an
ordinary import and a PythonObject is any Python value (fn code calls it `object`).
"""

import builtins as _builtins


class Python:
    @staticmethod
    def import_module(name):
        module = __import__(name)
        for part in name.split(".")[1:]:
            module = getattr(module, part)
        return module

    @staticmethod
    def evaluate(expression):
        return _builtins.eval(expression, {})

    @staticmethod
    def none():
        return None

    @staticmethod
    def list(*values):
        return _builtins.list(values)

    @staticmethod
    def dict(**values):
        return values

    @staticmethod
    def type(value):
        return _builtins.type(value)


PythonObject = object
