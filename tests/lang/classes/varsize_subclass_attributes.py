# Attributes on instances of str, tuple and bytes subclasses (stored after their data); str mixins in enums.
class S(str):
    pass
s = S("hello")
s.x = 1
s.tag = "t"
print(s, s.x, s.tag, len(s), s.upper(), vars(s), s + "!", s == "hello", hash(s) == hash("hello"))
class T(tuple):
    pass
t = T((1, 2, 3))
t.label = "three"
print(t, t.label, len(t), t[1], vars(t))
class B(bytes):
    pass
b = B(b"abc")
b.n = 3
print(b, b.n, b[0])
from enum import StrEnum, Enum
class Color(str, Enum):
    RED = "r"
    GREEN = "g"
print(Color.RED, repr(Color.RED), Color("g"), Color.RED == "r", Color.RED.upper())
class Mode(StrEnum):
    READ = "read"
print(Mode.READ, f"{Mode.READ}", Mode.READ + "!")
big = [S(str(i)) for i in range(1000)]
for i, v in enumerate(big):
    v.i = i
print(sum(v.i for v in big))
