import logging
import os

PATH = "logging_file_output.tmp"
logging.basicConfig(filename=PATH, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(funcName)s: %(message)s")
handler = logging.root.handlers[0]
print(type(handler).__name__, handler.mode, handler.encoding, os.path.basename(handler.baseFilename))


def work():
    logging.debug("debug line")
    logging.getLogger("worker").info("info %s", "line")


work()
logging.error("error line")
handler.close()
logging.root.removeHandler(handler)
with open(PATH) as f:
    print(f.read(), end="")

delayed = logging.FileHandler(PATH, mode="a", delay=True)
print(delayed.stream is None, repr(delayed).startswith("<FileHandler "), repr(delayed).endswith(" (NOTSET)>"))
delayed.setFormatter(logging.Formatter("appended: %(message)s"))
log = logging.getLogger("late")
log.addHandler(delayed)
log.propagate = False
log.warning("opened on first record")
print(delayed.stream is not None)
logging.shutdown()
print(delayed.stream is None)
with open(PATH) as f:
    print(f.read(), end="")
os.remove(PATH)
try:
    logging.basicConfig(filename=PATH, stream=None)
except ValueError as e:
    print("ValueError", e)
print(os.path.exists(PATH))
