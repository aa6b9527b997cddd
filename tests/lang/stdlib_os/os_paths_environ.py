# os.path's string operations, os.environ and fspath.
import os
os.environ["HOME"] = "/home/tester"
import os.path as p
paths = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "./a", "../a/./b/../c", "/..", "//a/b", "///a//b/", "a/b.c", ".bashrc", "a/.b.c", "a/b.", "a.b/c", "..", "...", "a/..c", "/x/y/z.tar.gz", "a/b/..", "~", "~/x", "~user/x", "$HOME/a", "${HOME}b", "$NOPE_VAR/x", "${unclosed", "$", "a$b"]
for x in paths:
    print(repr(x), p.split(x), p.splitext(x), p.basename(x), p.dirname(x), p.isabs(x), p.normpath(x), p.splitdrive(x))
for x in paths:
    print(repr(x), p.expandvars(x), p.expanduser(x) == x.replace("~", os.environ["HOME"], 1) if x.startswith("~/") or x == "~" else p.expanduser(x))
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join("a", ""), p.join(b"a", b"b"))
print(p.normpath(b"/a/./b/../c"), p.split(b"/x/y"), p.splitext(b"f.txt"), p.basename(b"a/b"))
print(p.commonprefix(["/usr/lib", "/usr/local/lib"]), p.commonprefix([]), p.commonprefix(["abc"]), p.commonprefix([["a", "b"], ["a", "c"]]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c/d"]), p.commonpath(["/a"]))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("x/y", "x"), p.relpath("/a/b", "/"))
print(p.abspath("/x/../y"), p.abspath("rel") == p.join(os.getcwd(), "rel"), p.realpath("/usr/../usr/./bin") == "/usr/bin")
os.environ["EMBER_TEST_VAR"] = "value1"
print(os.environ["EMBER_TEST_VAR"], os.getenv("EMBER_TEST_VAR"), "EMBER_TEST_VAR" in os.environ, p.expandvars("$EMBER_TEST_VAR/${EMBER_TEST_VAR}x"))
print(os.environ.get("EMBER_NOPE"), os.environ.setdefault("EMBER_TEST_2", "two"), os.environ.pop("EMBER_TEST_2"), os.environ.pop("EMBER_TEST_2", "gone"))
del os.environ["EMBER_TEST_VAR"]
print("EMBER_TEST_VAR" in os.environ, os.getenv("EMBER_TEST_VAR", "default"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
try:
    del os.environ["EMBER_NOPE"]
except KeyError as e:
    print("KeyError", e)
e = os.environ.copy()
print(type(e).__name__, isinstance(os.environ["PATH"], str), len(os.environ) == len(e))
print(os.fsencode("x"), os.fsdecode(b"y"), os.fspath("z"), len(os.urandom(8)), os.cpu_count() > 0)
class P:
    def __fspath__(self):
        return "/tmp/x/../y"
print(os.fspath(P()), p.normpath(P()), p.basename(P()), p.join(P(), "z"))
