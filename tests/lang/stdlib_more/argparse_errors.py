import argparse
from _argparse_run import attempt

parser = argparse.ArgumentParser(prog="calc")
parser.add_argument("x", type=int)
parser.add_argument("y", type=float, nargs="?")
parser.add_argument("--op", choices=["add", "mul"], required=True)
parser.add_argument("--scale", type=int, choices=range(1, 4))
parser.add_argument("--pair", nargs=2)
parser.add_argument("--many", nargs="+")
parser.add_argument("--verbose", "-v", action="count")
attempt(parser, [])
attempt(parser, ["1"])
attempt(parser, ["one", "--op", "add"])
attempt(parser, ["1", "two", "--op", "add"])
attempt(parser, ["1", "--op", "div"])
attempt(parser, ["1", "--op"])
attempt(parser, ["1", "--op", "add", "--scale", "9"])
attempt(parser, ["1", "--op", "add", "--pair", "a"])
attempt(parser, ["1", "--op", "add", "--many"])
attempt(parser, ["1", "--op", "add", "extra", "args", "--unknown"])
attempt(parser, ["1", "--op", "add", "-vvv", "--verbose=3"])
attempt(parser, ["1", "--op", "add", "-vx"])
attempt(parser, ["1", "2.5", "--op", "mul", "--pair", "a", "b", "--many", "c", "d", "-vv"])
parser2 = argparse.ArgumentParser(prog="amb")
parser2.add_argument("--alpha")
parser2.add_argument("--alps")
attempt(parser2, ["--al", "1"])
attempt(parser2, ["--alp=2"])
attempt(parser2, ["--alph", "3"])
for kwargs in [dict(action="store_true", type=int), dict(nargs=0), dict(action="bogus"),
               dict(type="int"), dict(metavar=("A", "B")), dict(const=1)]:
    try:
        parser2.add_argument("--bad", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    parser2.add_argument("--alpha")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    parser2.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    parser2.add_argument("bad-start", "x")
except ValueError as e:
    print("ValueError", e)
strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--n", type=int)
try:
    strict.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
parser.parse_args(["1", "--op", "pow"])
