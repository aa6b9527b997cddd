# str + str: two exact strs concatenate in a quickened form; str subclasses with __add__ or
# __radd__, empty operands, non-ASCII text and a non-str right operand at the same site must
# still follow the generic rules.


class Reflected(str):
    def __radd__(self, other):
        return "radd(" + str.__add__(other, self) + ")"

    def __add__(self, other):
        return "add"


class Plain(str):
    pass


parts = []
for i in range(6):
    a = "x" * i
    b = "é" if i % 2 else "y"
    a += b
    parts.append(a + "z")
    parts.append("" + a)
    parts.append(a + "")
    parts.append("q" + Reflected("s"))
    parts.append(Reflected("s") + "q")
    parts.append("q" + Plain("p"))
    t = "w"
    t += Reflected("v")
    parts.append(t)
    try:
        parts.append(a + i)
    except TypeError as e:
        parts.append(str(e))
print(parts)
print([type(p).__name__ for p in parts])
e = ""
p = Plain("p")
print(type(e + p).__name__, type(p + e).__name__, e + e == "", len("é" * 3 + "a" * 2))
