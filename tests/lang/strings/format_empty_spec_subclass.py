# An empty format spec formats int and str subclasses as str(self), so their
# __str__ (or an inherited __repr__) shows; a non-empty spec formats the value.
import enum


class Meters(int):
    def __str__(self):
        return f"{int(self)}m"


class Tagged(str):
    def __str__(self):
        return "<" + self + ">"


class Quiet(int):
    def __repr__(self):
        return "Quiet!"


class Level(enum.IntEnum):
    LOW = 1


m = Meters(5)
print(format(m), format(m, ""), f"{m}", "{}".format(m), "{0!s}".format(m))
print(format(m, "d"), f"{m:>4}", f"{m:03}", "%d|%s" % (m, m), int.__format__(m, ""))
t = Tagged("ab")
print(format(t), f"{t}", f"{t:>4}", f"{t!r}", "{}".format(t), str.__format__(t, ""))
print(f"{Quiet(3)}", f"{Quiet(3):d}", str(Quiet(3)), f"{True}", f"{False:d}")
print(f"{Level.LOW}", format(Level.LOW, ""), f"{Level.LOW:02}", str(Level.LOW))
