import string
from string import Template

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = Template("$who likes ${what} for $$5")
print(t.substitute(who="tim", what="pie"))
print(t.substitute({"who": "ann"}, what="tea"))
print(t.substitute({"who": "x", "what": "y"}, who="kw wins"))
print(t.safe_substitute(who="tim"))
print(t.template, t.delimiter, t.idpattern, t.braceidpattern)
print(t.get_identifiers(), t.is_valid())

show("missing", lambda: t.substitute(who="a"))
show("missing braced", lambda: Template("${x}").substitute())
show("invalid", lambda: Template("abc $ def").substitute())
show("invalid line", lambda: Template("line one\nab $1 cd").substitute())
show("invalid brace", lambda: Template("x ${ y}").substitute(y=1))
show("dangling", lambda: Template("end $").substitute())
show("safe invalid", lambda: Template("a $ b $c").safe_substitute(c=1))
show("too many", lambda: t.substitute({}, {}))
show("not mapping", lambda: t.substitute([1]))
show("str value", lambda: Template("$n").substitute(n=5))
show("bad ident", lambda: Template("$1a $b").get_identifiers())
print(Template("$1a $ b").is_valid(), Template("${a}$b$$").is_valid())
print(Template("$a $b $a ${c}").get_identifiers())

class Percent(Template):
    delimiter = "%"
print(Percent("%name costs %%%cost").substitute(name="tea", cost=3))

class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"
print(Dotted("$user.name vs $plain").safe_substitute({"user.name": "Z"}))

class Upper(Template):
    braceidpattern = r"[A-Z]+"
print(Upper("${ABC} $abc").safe_substitute(ABC=1, abc=2))
show("upper bad", lambda: Upper("${abc}").substitute(abc=1))

class Flags(Template):
    flags = 0
print(Flags("$abc $ABC").safe_substitute(abc=1, ABC=2))

class Custom(Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>\{[a-z]+\})\] |
      (?P<invalid>)
    )"""
print(Custom("[x] and [[ and [y]").safe_substitute(x="X"))
show("custom invalid", lambda: Custom("[9]").substitute())
