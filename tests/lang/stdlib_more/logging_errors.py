import logging
import sys

log = logging.getLogger("errs")
for bad in ["LOUD", 2.5, None, [10]]:
    try:
        log.setLevel(bad)
        print("accepted", repr(bad), log.level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "level name is not accepted here")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError", e)
for kwargs in [{"stream": sys.stdout, "filename": "x.log"},
               {"handlers": [logging.NullHandler()], "stream": sys.stdout},
               {"style": "?"},
               {"bogus": 1, "stream": sys.stdout}]:
    try:
        logging.basicConfig(**kwargs)
        print("configured", sorted(kwargs))
    except ValueError as e:
        print("ValueError", e)
    logging.root.handlers.clear()
try:
    logging.Formatter("%(message)s", style="!")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s")
logging.warning("last %s", "words")
log.setLevel("WARNING")
log.warning("then fail")
log.setLevel("VERY LOUD")
