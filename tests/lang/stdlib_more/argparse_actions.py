import argparse
from _argparse_run import attempt

p = argparse.ArgumentParser(prog="acts")
p.add_argument("--tag", action="append")
p.add_argument("--item", action="extend", nargs="+", type=int)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--add-a", action="append_const", const="a", dest="letters")
p.add_argument("--add-b", action="append_const", const="b", dest="letters")
p.add_argument("-v", action="count", default=0)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("--two", nargs=2, type=int)
attempt(p, [])
attempt(p, ["--tag", "x", "--tag", "y", "--item", "1", "2", "--item", "3"])
attempt(p, ["--const", "--add-b", "--add-a", "--add-b", "-vvv", "-v"])
attempt(p, ["--opt"])
attempt(p, ["--opt", "given", "--no-feature"])
attempt(p, ["--feature", "--two", "5", "6"])
attempt(p, ["--two", "5", "x"])
print(p.format_help())
p.set_defaults(extra="default-extra", v=10)
attempt(p, ["-v"])
print(p.get_default("v"), p.get_default("extra"), p.get_default("missing"))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
parent.set_defaults(origin="parent")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("own")
attempt(child, ["x", "--shared", "t"])
print(child.format_usage(), end="")

resolve = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
resolve.add_argument("-f", "--foo", help="old foo")
resolve.add_argument("--foo", help="new foo")
print(resolve.format_help())
try:
    argparse.ArgumentParser(conflict_handler="maybe")
except ValueError as e:
    print("ValueError", e)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("value", type=float)
neg.add_argument("--delta", type=int)
attempt(neg, ["-3.5", "--delta", "-2"])
neg2 = argparse.ArgumentParser(prog="neg2")
neg2.add_argument("-1", dest="one", action="store_true")
neg2.add_argument("value", nargs="?")
attempt(neg2, ["-1"])
attempt(neg2, ["-5"])
ns = argparse.Namespace(pre="existing")
print(p.parse_args(["--tag", "z"], namespace=ns) is ns, ns.pre, ns.tag)
known, rest = p.parse_known_args(["--tag", "k", "--bogus", "left", "-v"])
print(known.tag, known.v, rest)
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
pc.add_argument("+x", action="store_true")
pc.add_argument("//long")
attempt(pc, ["+x", "//long", "v"])
print(pc.format_help())


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError(f"{n} is not even")
    return n


t = argparse.ArgumentParser(prog="types")
t.add_argument("n", type=even)
t.add_argument("--hexval", type=lambda s: int(s, 16), default="ff")
attempt(t, ["4"])
attempt(t, ["3"])
attempt(t, ["4", "--hexval", "zz"])
