# importlib.import_module: absolute and relative names, the module returned (not the top
# package), caching in sys.modules, and the errors.
import importlib
import sys

helper = importlib.import_module("_helper")
print(helper is sys.modules["_helper"], helper.__name__)
for name, package in (("_pkg", None), ("_pkg.core", None), ("_pkg.sub", None),
                      (".core", "_pkg"), ("..core", "_pkg.sub"), (".sub", "_pkg")):
    module = importlib.import_module(name, package)
    print(name, package, "->", module.__name__, module is sys.modules[module.__name__])
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    importlib.import_module("no_such_module_for_importlib")
except ModuleNotFoundError as e:
    print(e, e.name)
print(importlib.invalidate_caches())
