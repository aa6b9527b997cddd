# raise ... from ...: both tracebacks, the cause first
def parse(text):
    try:
        return int(text)
    except ValueError as error:
        raise RuntimeError("cannot parse " + repr(text)) from error

print(parse("12"))
print(parse("x"))
