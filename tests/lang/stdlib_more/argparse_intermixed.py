import argparse
from _argparse_run import attempt


class Intermixed:
    def __init__(self, parser):
        self.parser = parser

    def parse_args(self, args):
        return self.parser.parse_intermixed_args(args)


p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("-v", action="store_true")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
attempt(p, ["doit", "1", "--foo", "bar", "2", "3"])
attempt(Intermixed(p), ["doit", "1", "--foo", "bar", "2", "3"])
attempt(Intermixed(p), ["-v", "go"])
attempt(Intermixed(p), ["--foo", "x"])
attempt(Intermixed(p), ["run", "1", "x"])
attempt(Intermixed(p), ["run", "--bogus"])
print(p.usage)
ns, extras = p.parse_known_intermixed_args(["a", "--zzz", "4", "-v"])
print(ns, extras)
q = argparse.ArgumentParser(prog="req")
q.add_argument("--need", required=True)
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
q.add_argument("files", nargs="+")
attempt(Intermixed(q), ["f1", "--need", "n", "f2", "--a", "f3"])
attempt(Intermixed(q), ["f1", "--a"])
attempt(Intermixed(q), ["--need", "n", "f1"])
r = argparse.ArgumentParser(prog="rem")
r.add_argument("args", nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
s = argparse.ArgumentParser(prog="subs")
s.add_subparsers().add_parser("x")
try:
    s.parse_intermixed_args(["x"])
except TypeError as e:
    print("TypeError", e)
