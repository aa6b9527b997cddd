# import forms, packages, relative imports, caching, __all__, circular imports and the
# errors of failed imports.
import sys
import _helper
import _helper as helper_alias
from _helper import double, VALUE, Thing as T
print(_helper.VALUE, helper_alias is _helper, double(VALUE), T(), _helper.__name__)
print(sorted(k for k in vars(_helper) if not k.startswith("__")))
import _pkg.sub
print(_pkg.thing, _pkg.sub.where(), _pkg.core_alias is _pkg.core, _pkg.core.location())
from _pkg import sub, core
import _pkg.sub as ps
print(ps is sub, core.sub is sub, "_pkg.sub" in sys.modules, "_pkg.core" in sys.modules)
from _pkg import *
print(exported, thing)
try:
    not_exported
except NameError as e:
    print("NameError:", e)
from _helper import *
print(VALUE, "_private" in dir())

import _cyc_a
print(_cyc_a.use_b(), _cyc_a._cyc_b.PARTIAL, _cyc_a._cyc_b.early())
try:
    import _cyc_from_a
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0] + " (" + str(e).split(" (")[1])

for name in ("_no_such_module", "_helper.sub", "_pkg.missing"):
    try:
        __import__ if False else exec_import(name) if False else None
        if name == "_no_such_module":
            import _no_such_module
        elif name == "_helper.sub":
            import _helper.sub
        else:
            import _pkg.missing
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, "| name =", e.name)
try:
    from _helper import missing_name
except ImportError as e:
    print("ImportError:", str(e).replace(_helper.__file__, "<file>"), "| name =", e.name)
try:
    import _raises
except ValueError as e:
    print("ValueError:", e, "| cached:", "_raises" in sys.modules)
try:
    import _broken
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.filename == _helper.__file__.replace("_helper", "_broken"))
try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
def local_import():
    import _helper as inner
    from _pkg.core import location
    return inner.VALUE, location()
print(local_import())
sys.modules["_fake"] = "replaced module object"
import _fake
print(_fake)
