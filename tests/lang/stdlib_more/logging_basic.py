import io
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.WARN, logging.FATAL)
for level in [0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "nope"]:
    print(repr(level), "->", repr(logging.getLevelName(level)))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s|%(levelno)d|%(name)s|%(message)s")
root = logging.getLogger()
print(root, root is logging.getLogger("root"), root is logging.root)
logging.debug("hidden %s", "debug")
logging.info("info %s %d", "text", 42)
logging.warning("warning")
logging.error("error %r", [1, 2])
logging.critical("critical %05.1f", 3.14159)
logging.log(15, "verbose hidden")
logging.log(25, "between levels")
logging.fatal("fatal is critical")
logging.info("percent %% sign and %(name)s", {"name": "mapping"})
logging.info("no args keeps %s literal")
logging.info(12345)
logging.info(["not", "a", "string"])
print(root.getEffectiveLevel(), root.isEnabledFor(logging.DEBUG), root.isEnabledFor(20))
root.setLevel("DEBUG")
logging.debug("now visible")
root.setLevel(15)
logging.log(15, "verbose shown")
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s")
logging.info("basicConfig again does nothing")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still on")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
buffer = io.StringIO()
logging.basicConfig(stream=buffer, format="{levelname}:{message}", style="{", force=True,
                    level=logging.WARNING)
logging.warning("into buffer")
logging.info("dropped")
logging.error("braces {} stay %s", "ok")
print(repr(buffer.getvalue()))
print(len(root.handlers), type(root.handlers[0]).__name__)
