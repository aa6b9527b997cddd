import logging
import sys

log = logging.getLogger("fmt")
log.propagate = False
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
log.addHandler(out)
formats = [
    ("%(name)s - %(levelname)-8s - %(message)s", "%"),
    ("%(levelno)03d %(module)s %(funcName)s:%(lineno)d %(message)r", "%"),
    ("{name}|{levelname:>9}|{message!r}|{filename}", "{"),
    ("$name $levelname ${message}!", "$"),
    (None, "%"),
    (None, "{"),
]
for fmt, style in formats:
    out.setFormatter(logging.Formatter(fmt, style=style))
    log.info("formatted with %s", style)


def inner():
    log.warning("from a function")


inner()
out.setFormatter(logging.Formatter("%(user)s/%(message)s", defaults={"user": "nobody"}))
log.info("defaults")
log.info("extra wins", extra={"user": "ann"})
out.setFormatter(logging.Formatter("{user}:{message}", style="{", defaults={"user": "x"}))
log.info("brace defaults")

for fmt, style in [("no fields", "%"), ("{", "{"), ("plain", "{"), ("$ bare", "$"),
                   ("%(message)s", "#"), ("%(message)z", "%")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("anything", validate=False)._fmt)
out.setFormatter(logging.Formatter("%(missing)s %(message)s"))
try:
    out.format(logging.LogRecord("x", 20, "p", 1, "m", None, None))
except ValueError as e:
    print("ValueError:", e)

record = logging.LogRecord("rec", logging.WARNING, "/some/dir/file.py", 7, "a %s b %d",
                           ("x", 5), None, func="fn")
print(record.getMessage(), record.filename, record.module, record.funcName,
      record.levelname, record.lineno)
print(repr(record))
record2 = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 40})
print(record2.getMessage(), record2.levelno, record2.name)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([record, record2]), repr(bf.format([])))
print(logging.Formatter().format(record))
print(logging.BASIC_FORMAT)
out.setFormatter(logging.Formatter("%(message)s"))
log.info("bad %d", "args")
print("after the logging error")
