from enum import Enum, IntEnum, IntFlag


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), f"{Priority.MEDIUM}", f"{Priority.HIGH:03d}")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2)
print(sorted([Priority.HIGH, Priority.LOW]), max(Priority), Priority(2), isinstance(Priority.LOW, int))
print(["a", "b", "c", "d"][Priority.HIGH], int(Priority.MEDIUM), hash(Priority.LOW) == hash(1))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, Perm.R | 8, str(Perm.R | Perm.W), ~Perm.R, Perm(0), Perm(15))
print(Perm.R + 1, Perm.R & 5, 6 & Perm.R, format(Perm.X, "b"), Perm.W in (Perm.R | Perm.W))


class Grade(int, Enum):
    A = 90
    B = 80


print(Grade.A, repr(Grade.B), f"{Grade.A}", Grade.A > Grade.B, Grade.A + 0)
print(Perm(7), list(Perm(6)), Perm.R in Perm(5), ~(Perm.R | Perm.W), Perm(-1))


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


for threshold in (Level.INFO, 30):
    print([lv.name for lv in Level if lv >= threshold], Level(40) is Level.ERROR)
print({Level.INFO: "i"}[20], Level.DEBUG * 2, Level["INFO"] // 3, divmod(Level.ERROR, 7), -Level.INFO)
