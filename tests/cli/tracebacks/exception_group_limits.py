# Groups wider than 15 members and deeper than 10 levels, a BaseExceptionGroup, and a group
# re-raised while handling another exception.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
try:
    raise BaseExceptionGroup("top", [wide, deep, KeyboardInterrupt()])
except BaseExceptionGroup as e:
    try:
        1 / 0
    except ZeroDivisionError:
        raise e
