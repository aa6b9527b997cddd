"""Runs a parser on argument lists, showing the result or what it printed and its exit
status (stdout and stderr captured)."""
import contextlib
import io


def attempt(parser, args):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
    except SystemExit as e:
        print(f"{args} -> exit {e.code}")
        if out.getvalue():
            print("stdout:", out.getvalue(), sep="\n", end="")
        if err.getvalue():
            print("stderr:", err.getvalue(), sep="\n", end="")
        return None
    print(f"{args} -> {result}")
    return result
