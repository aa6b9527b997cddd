import logging
import sys


class LastLine(logging.Formatter):
    def formatException(self, ei):
        text = super().formatException(ei)
        return "  -> " + text.splitlines()[-1]


log = logging.getLogger("exc")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(LastLine("%(levelname)s %(message)s"))
log.addHandler(h)


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed for %d/%d", 1, 0)
try:
    {}["key"]
except KeyError:
    log.error("lookup failed", exc_info=True)
    log.warning("no traceback here")
err = ValueError("stored error")
log.critical("with instance", exc_info=err)
try:
    raise RuntimeError("tuple form")
except RuntimeError:
    info = sys.exc_info()
log.info("with tuple", exc_info=info)
log.error("exc_info outside except", exc_info=True)
try:
    try:
        int("x")
    except ValueError as e:
        raise TypeError("converted") from e
except TypeError:
    log.exception("chained")
record = logging.LogRecord("r", 40, "p", 1, "m", None, (ValueError, ValueError("v"), None))
text = logging.Formatter().format(record)
print(text.splitlines()[0], text.splitlines()[-1], record.exc_text.splitlines()[-1])
logging.basicConfig(format="%(levelname)s:%(message)s")
try:
    divide(2, 0)
except ZeroDivisionError:
    logging.exception("to stderr with traceback")
print("done")
