# The traceback module: format_exc/print_exc/format_exception (chunks, chains, chain=False,
# groups), format_exception_only with notes, extract_tb/format_tb, None and bad arguments.
import io
import sys
import traceback


def inner(x):
    return 10 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    pieces = traceback.format_exception(e)
    print(len(pieces), [p.splitlines()[0].replace(__file__, "FILE") for p in pieces])
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(len(frames), frames[0][2], list(frames[-1])[1:])
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"), end="")
    buffer = io.StringIO()
    traceback.print_exc(file=buffer)
    print(buffer.getvalue().replace(__file__, "FILE"), end="")
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print(out, end="")
    print("".join(traceback.format_exception(e, chain=False)).replace(__file__, "FILE"), end="")
    e.add_note("a note") if hasattr(e, "add_note") else None
    print(traceback.format_exception_only(e))
print(traceback.format_exc(), end="")
print(traceback.format_exception_only(None), traceback.format_exception(None))
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
try:
    traceback.print_exception("not an exception")
except TypeError as e:
    print("TypeError:", e)
