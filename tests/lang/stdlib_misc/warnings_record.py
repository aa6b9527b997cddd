# warnings.warn and its filters, observed through catch_warnings(record=True).
import os
import warnings


def show(log):
    for w in log:
        print(" ", w.category.__name__, repr(w.message), type(w.message).__name__,
              os.path.basename(w.filename), w.lineno, w.file, w.line, w.source)
    log.clear()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("deprecated", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn(RuntimeWarning("instance wins"), UserWarning)
    warnings.warn(42)
    warnings.warn("with source", source="src")
    print("always:")
    show(log)

    for action in ("default", "once", "module", "ignore"):
        warnings.resetwarnings()
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn("repeated")
        warnings.warn("repeated")
        warnings.warn("other")
        print(action + ":")
        show(log)


def level_two():
    warnings.warn("blame the caller", stacklevel=2)


def level_deep():
    warnings.warn("too deep", stacklevel=50)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    level_two()
    level_deep()
    warnings.warn("level zero", stacklevel=0)
    print("stacklevel:")
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
    warnings.filterwarnings("always", module="__ma", append=True)
    warnings.warn("SKIP me: message regexes ignore case")
    warnings.warn("kept")
    warnings.warn("fatal but a UserWarning")
    try:
        warnings.warn("fatal", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    print("filterwarnings:")
    show(log)
    print(len(warnings.filters), warnings.filters[-1][0], warnings.filters[-1][3].pattern, warnings.filters[0][1].pattern)
    warnings.simplefilter("ignore", append=True)
    warnings.simplefilter("ignore", append=True)
    warnings.simplefilter("always", lineno=5)
    print([(f[0], f[4]) for f in warnings.filters])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 17)
    warnings.warn_explicit(FutureWarning("explicit instance"), UserWarning, "other.py", 3,
                           module="mod", registry={})
    registry = {}
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn_explicit("once per registry", UserWarning, "x.py", 1, registry=registry)
    print("warn_explicit:")
    show(log)
    print(sorted(k if isinstance(k, str) else k[0] for k in registry))

print(len(warnings.filters), warnings.filters[0][0])

message = warnings.WarningMessage("text", UserWarning, "f.py", 3)
print(message)
print(warnings.WarningMessage(ValueError("v"), None, "g.py", 4, line="x = 1"))
print(warnings.WarningMessage._WARNING_DETAILS)
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, line="  code  ")))
print(repr(warnings.formatwarning(ValueError("v"), UserWarning, "f.py", 3, line="")))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))

with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored by catch_warnings(action=...)")
    print("catch_warnings action:", warnings.filters[0][0])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")

    def custom(message, category, filename, lineno, file=None, line=None):
        print("custom showwarning:", message, category.__name__, lineno)

    warnings.showwarning = custom
    warnings.warn("shown by custom")
    print("recorded:", len(log))

with warnings.catch_warnings():
    warnings.simplefilter("always")

    def custom(message, category, filename, lineno, file=None, line=None):
        print("custom showwarning:", message, category.__name__, lineno)

    warnings.showwarning = custom
    warnings.warn("shown by custom")
print(warnings.showwarning.__name__)
