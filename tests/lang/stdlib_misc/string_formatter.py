import string

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(string.punctuation)
print(len(string.printable), repr(string.printable[-6:]))

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{} {}", "a", "b"))
print(f.format("{name}-{0}", 7, name="n"))
print(f.format("{0[1]} {d[k]} {o.real}", [5, 6], d={"k": "v"}, o=3))
print(f.format("{0!r:>6}|{1!s}|{2!a}", "x", 4, "é"))
print(f.format("{0:{1}.{2}f}", 3.14159, 8, 2))
print(f.format("{{literal}} {0}", 1))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
print(list(f.parse("{}{:d}")))
print(list(f.parse("plain")))
print(f.get_field("0.real", (5,), {}))
print(f.get_field("k[0]", (), {"k": "xyz"}))
print(f.convert_field(5, "r"), f.convert_field("s", "s"), f.convert_field("é", "a"), f.convert_field(1, None))
print(f.format_field(3.5, "06.2f"), f.format_field("ab", "^6"))
print(f.get_value(1, ("a", "b"), {}), f.get_value("k", (), {"k": 9}))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} {x} {missing}", "hello", x="abc"))

show("missing key", lambda: f.format("{a}"))
show("index range", lambda: f.format("{1}", 0))
show("bad conv", lambda: f.format("{0!z}", 1))
show("bad conv2", lambda: f.convert_field(1, "q"))
show("mix auto", lambda: f.format("{}{0}", 1, 2))
show("mix manual", lambda: f.format("{0}{}", 1, 2))
show("bad spec", lambda: f.format("{0:d}", "s"))
show("unclosed", lambda: f.format("{0", 1))
show("single }", lambda: f.format("a}b"))
show("attr", lambda: f.format("{0.nope}", 1))
show("deep", lambda: f.format("{0:{1:{2}}}", 1, 2, 3))
show("no args", lambda: f.format())

print(string.capwords("  hello   big\tworld  "))
print(string.capwords("a-b c-d", "-"))
print(string.capwords("ALL CAPS here"), repr(string.capwords("")))
