import logging
import sys


def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(f"[{tag}] %(name)s %(levelname)s %(message)s"))
    return h


deep = logging.getLogger("app.db.pool")
print(deep.parent is logging.root, deep.name)
app = logging.getLogger("app")
print(deep.parent is app, app.parent is logging.root)
db = logging.getLogger("app.db")
print(deep.parent is db, db.parent is app, logging.getLogger("app.db") is db)
print(app.getChild("db") is db, logging.root.getChild("app") is app)
print(deep, app, logging.root)
print(deep.getEffectiveLevel(), deep.hasHandlers())

logging.root.addHandler(handler("root"))
app.addHandler(handler("app", logging.INFO))
db.addHandler(handler("db"))
app.setLevel(logging.DEBUG)
print(deep, app, deep.hasHandlers())
deep.debug("debug from pool")
deep.info("info from pool")
db.propagate = False
deep.warning("not propagated past db")
db.propagate = True
other = logging.getLogger("application")
print(other.parent is logging.root)
other.error("sibling name that only shares a prefix")

app.addFilter(logging.Filter("app.db"))
app.info("app filtered out by its own filter")
db.info("a logger's filter does not apply to its children")
app.filters.clear()


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


app.handlers[0].addFilter(OnlyOdd())
for i in range(4):
    app.info("number %d", i)
app.handlers[0].addFilter(lambda record: record.args[0] > 2)
for i in range(5):
    app.info("callable filter %d", i)

f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "x.a.b"]:
    record = logging.LogRecord(name, logging.INFO, "p", 1, "m", None, None)
    print(name, bool(f.filter(record)))
print(logging.Filter().filter(record))

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error("goes nowhere")
quiet.disabled = True
print(quiet.isEnabledFor(logging.CRITICAL), quiet.hasHandlers())
print(logging.NullHandler(), handler("x", logging.WARNING).__class__.__name__)
h = logging.Handler(logging.ERROR)
print(h, h.level, h.name)
h.set_name("named")
print(h.get_name())
app.removeHandler(app.handlers[0])
print(len(app.handlers))
