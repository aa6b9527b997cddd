# warnings' errors for bad filters, categories and catch_warnings misuse.
import warnings

attempts = [
    lambda: warnings.warn("x", category=str),
    lambda: warnings.warn("x", category=3),
    lambda: warnings.warn("x", ValueError),
    lambda: warnings.simplefilter("bogus"),
    lambda: warnings.simplefilter("ignore", lineno=-1),
    lambda: warnings.simplefilter("ignore", lineno="1"),
    lambda: warnings.filterwarnings("bogus"),
    lambda: warnings.filterwarnings("ignore", message=3),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", category="x"),
    lambda: warnings.filterwarnings("ignore", module=None),
    lambda: warnings.filterwarnings("ignore", lineno=-2),
    lambda: warnings.warn_explicit("x", UserWarning, "f.py", "line"),
    lambda: warnings.warn("x", stacklevel="2"),
]
for attempt in attempts:
    try:
        print("returned", attempt())
    except Exception as e:
        print(type(e).__name__, e)

manager = warnings.catch_warnings()
try:
    manager.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with manager:
    try:
        manager.__enter__()
    except RuntimeError as e:
        print(e)

with warnings.catch_warnings():
    warnings.filters.insert(0, ("weird", None, Warning, None, 0))
    try:
        warnings.warn("unknown action")
    except RuntimeError as e:
        print(e)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", FutureWarning)
    except FutureWarning as e:
        print("caught", type(e).__name__, e.args)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = None
    try:
        warnings.warn("nowhere to show")
    except TypeError as e:
        print(e)
print(warnings.showwarning.__name__)
