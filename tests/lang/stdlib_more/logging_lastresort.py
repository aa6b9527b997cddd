import logging

log = logging.getLogger("lonely")
print(log.hasHandlers(), logging.root.handlers)
log.info("info is below the last resort level")
log.warning("last resort writes only the message")
print("between")
logging.getLogger("lonely.child").error("child error %s", 1)
logging.lastResort = None
log.error("no handler at all")
log.error("the warning about it appears once")
print(logging.root.handlers)
logging.info("module functions configure the root logger first")
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.warning("default basic format to stderr")
