# string: constants, capwords, Template and Formatter.
import string
from string import Formatter, Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))
print(len(string.printable), "a" in string.ascii_letters, "_" in string.punctuation)

print(string.capwords("hello   world  of python"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("one-two three-four", "-"))
print(string.capwords("mIxEd CaSe"), repr(string.capwords("")))

t = Template("$who likes $what; ${who}'s cost is $$${amount}.")
print(t.substitute(who="tim", what="kung pao", amount=12))
print(t.substitute({"who": "ann", "what": "tea", "amount": 3}, amount=4))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)

for text, mapping in [("$missing here", {}), ("cost: $", {}), ("a\nb $ c", {}), ("line1\nline2 ${bad name}", {}),
                      ("${}", {}), ("$1st", {})]:
    tpl = Template(text)
    try:
        print(tpl.substitute(mapping))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(tpl.safe_substitute(mapping)), tpl.is_valid(), tpl.get_identifiers())

print(Template("$a$b${c}d $_x9 $X").substitute(a=1, b=[2], c=None, _x9="u", X=3.5))
print(Template("${name}s and $names").safe_substitute(name="cat"))
print(Template("$ä").safe_substitute({"ä": 1}))

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% of %{total}").substitute(name="half", total=10))

class Brackets(Template):
    delimiter = "#"

print(Brackets("#x + #{y} = ##").substitute(x=1, y=2))

f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "-"))
print(f.format("{name:>8}|{n:08.3f}|{n!r}|{s!s:^7}", name="pad", n=3.14159, s="mid"))
print(f.format("{0[1]} {d[key]} {obj.real} {0[0]:x<4}", [7, 8], d={"key": "v"}, obj=3 + 4j))
print(f.format("{:{width}.{prec}f}", 2.718281, width=10, prec=2))
print(f.format("{{literal}} {0!a}", "é"))
print(list(f.parse("a{0}b{name!r:>4}c{{d}}e")))
print(list(f.parse("")), list(f.parse("just text")))

class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

print(Defaulting().format("{a} {b} {0}", "zero", a="A"))

class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)

print(Upper().format("{0} and {1!u} and {2:x}", "abc", "def", 255))

class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")

try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)

for fmt, args in [("{0} {}", ("a", "b")), ("{} {1}", ("a", "b")), ("{", ()), ("}", ()),
                  ("{0!x}", (1,)), ("{2}", (1,)), ("{k}", ()), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4)),
                  ("{0.nope}", (1,)), ("{0[", (1,)), ("{0!}", (1,))]:
    try:
        print(repr(f.format(fmt, *args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__, e)
