from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, (Perm.R | Perm.X) in rw, Perm.W & rw, Perm.R ^ rw)
print(~Perm.R, ~rw, ~(Perm.R | Perm.W | Perm.X), ~Perm(0))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(0).name, Perm(7), Perm(3), Perm(6) is rw)
print(list(Perm), len(Perm), Perm(8), Perm(-1))
print(Perm.R | Perm.R, Perm.R & Perm.W, rw & Perm.R)


class Style(Flag):
    NONE = 0
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    EMPHASIS = BOLD | ITALIC


print(list(Style), Style.__members__)
print(Style(0), Style(3), Style.EMPHASIS, Style.BOLD | Style.ITALIC | Style.UNDERLINE)
print([s.name for s in Style(7)], Style.EMPHASIS.value, Style.UNDERLINE in Style.EMPHASIS)


def describe(style):
    parts = [member.name.lower() for member in Style if member in style]
    return "+".join(parts) or "plain"


for value in range(8):
    print(value, describe(Style(value)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


try:
    Strict(12)
except ValueError as e:
    print(repr(str(e)))


class Ejecting(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Ejecting(3), Ejecting(7), type(Ejecting(7)).__name__)


class Keeping(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keeping(7)), str(Keeping(12)), Perm._boundary_, Keeping._boundary_, CONFORM)
print(Perm, type(Perm).__name__)
