# Text processing: re, json, textwrap, string.Template, total_ordering, singledispatch,
# cmp_to_key, wraps, partial, itertools and str formatting together.
import re, json, textwrap, string
from collections import Counter, defaultdict
from itertools import chain, takewhile, dropwhile, product, combinations, permutations, tee, compress, filterfalse
from functools import partial, total_ordering, singledispatch, cmp_to_key, wraps
text = """The quick brown fox jumps over the lazy dog. The dog sleeps!
Numbers: 3.14, 42, -7 and 1e3; emails: a.b@example.com, x_y@test.org"""
words = re.findall(r"[A-Za-z]+", text)
print(Counter(w.lower() for w in words).most_common(4))
print(re.findall(r"-?\d+(?:\.\d+)?(?:e\d+)?", text))
print(re.sub(r"(\w+)@(\w+)\.(\w+)", r"<\2:\1>", text.splitlines()[1]))
m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", text)
print(m.group("user"), m.groupdict(), m.span(), m.start("host"))
print(re.split(r"[.!;]\s*", text.splitlines()[0]))
print([m.group(0) for m in re.finditer(r"\b[Tt]\w+", text)])
data = {"name": "Widget", "tags": ["a", "b"], "price": 9.5, "stock": None, "ok": True, "nested": {"x": [1, 2, {"y": "z"}]}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps(data, separators=(",", ":")))
print(json.dumps("üñí\n", ensure_ascii=True), json.dumps("üñí", ensure_ascii=False))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(textwrap.fill(text.replace("\n", " "), width=30))
print(textwrap.dedent("""\
    a
      b
    c"""), textwrap.shorten("hello world this is long", width=15))
print(textwrap.indent("x\ny", "> "))
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="Ann", what="tea"), tmpl.safe_substitute(who="Bo"))
print(string.ascii_lowercase[:5], string.capwords("hello   big world"))
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1"))
@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
print(show(1), show("a"), show([1, "b", [2]]), show(True))
def cmp(a, b): return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["bb", "a", "ccc", "ab"], key=cmp_to_key(cmp)))
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return inner
@logged
def add(a, b=1):
    "Add things."
    return a + b
add(2); add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
p = partial(int, base=2)
print(p("101"), p.func, p.keywords, partial(add, 10)(5))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(product("ab", repeat=2)), list(combinations(range(4), 2))[:3], len(list(permutations("abc"))))
a, b = tee(iter(range(3)))
print(list(a), list(b), list(compress("abcd", [1, 0, 1, 0])), list(filterfalse(str.isdigit, "a1b2")))
idx = defaultdict(set)
for i, line in enumerate(text.lower().splitlines()):
    for w in re.findall(r"[a-z]+", line):
        idx[w].add(i)
print(sorted((w, sorted(l)) for w, l in idx.items() if len(l) > 1))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:=+8.2f}".format(3.14159), "{:,.3f}".format(1234567.891))
print(f"{'nested':{'>'}{10}}", f"{3!r:>5}", f"{'x'!a}", f"{12345:_}", f"{0.5:.0%}", f"{1/3:.3g}", f"{1e-7:.2e}")
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("abc", "xyz", "c")))
print("a,b,,c".split(","), "  x  ".strip(), "AbC".swapcase(), "hello".zfill(8), "tab\tbed".expandtabs(4))
print("ß".upper(), "İ".lower(), "ǅ".title(), "ﬁ".casefold() if hasattr(str, "casefold") else "")
