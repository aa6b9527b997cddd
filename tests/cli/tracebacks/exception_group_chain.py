# An exception group of raised (so traceback-carrying) exceptions, with notes, as the cause
# of another exception.
def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        {}["key"]
    except KeyError as e:
        errors.append(e)
    group = ExceptionGroup("many", errors)
    raise group


def outer():
    try:
        collect()
    except ExceptionGroup as g:
        g.__notes__ = ["a note", "another"]
        raise RuntimeError("wrapped") from g


outer()
