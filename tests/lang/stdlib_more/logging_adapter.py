import logging
import sys

base = logging.getLogger("svc")
base.propagate = False
h = logging.StreamHandler(sys.stdout)


class PathlessFormatter(logging.Formatter):
    # Tracebacks name the script by its absolute path: keep the expectation portable.
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, "logging_adapter.py")


h.setFormatter(PathlessFormatter("%(name)s %(levelname)s [%(request)s] %(message)s"))
base.addHandler(h)
base.setLevel(logging.INFO)

adapter = logging.LoggerAdapter(base, {"request": "r-1"})
adapter.info("handling %s", "GET /")
adapter.debug("not shown")
adapter.warning("slow")
adapter.log(logging.ERROR, "failed with %d", 500)
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
adapter.setLevel(logging.DEBUG)
adapter.debug("now shown")
print(adapter.manager is base.manager, adapter.hasHandlers())


class Prefixing(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request"] = self.extra["id"]
        return f"<{self.extra['id']}> {msg}", kwargs


p = Prefixing(base, {"id": "job-7"})
p.info("step %d of %d", 1, 3)
p.critical("boom")
try:
    raise OSError("disk full")
except OSError:
    p.exception("write failed")

try:
    base.info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
try:
    base.info("clash", extra={"levelname": "x"})
except KeyError as e:
    print("KeyError:", e)
base.info("custom field", extra={"request": "direct"})


class Tagged(logging.Logger):
    def info(self, msg, *args, **kwargs):
        super().info("tagged: " + msg, *args, **kwargs)


logging.setLoggerClass(Tagged)
t = logging.getLogger("svc.tagged")
print(type(t).__name__, t.parent is base, logging.getLoggerClass().__name__)
t.info("through %s", "subclass", extra={"request": "t"})
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
