from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


@dataclass
class P:
    x: int
    y: int = 0


@dataclass
class K:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = field(kw_only=True, default=3)


attempt("missing", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unexpected", lambda: P(1, z=3))
attempt("multiple", lambda: P(1, x=2))
attempt("kw only positional", lambda: K(1, 2))
attempt("kw ok", lambda: K(1, c=5))


@dataclass
class Req:
    a: int
    b: int = field(kw_only=True)
    c: int = field(kw_only=True)


attempt("missing kw", lambda: Req(1))
attempt("missing two", lambda: Req())


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 1
        y: int


attempt("ordering", non_default_after_default)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


attempt("mutable", mutable_default)


def mutable_dict_default():
    @dataclass
    class Bad:
        items: dict = {}


attempt("mutable dict", mutable_dict_default)


def both_defaults():
    return field(default=1, default_factory=list)


attempt("both defaults", both_defaults)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int


attempt("order without eq", order_without_eq)


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True


attempt("overwrite", overwrite_lt)


@dataclass(frozen=True)
class Frozen:
    x: int


def thaw():
    @dataclass
    class Thawed(Frozen):
        y: int = 0


attempt("thaw", thaw)


@dataclass
class Plain:
    x: int


def freeze():
    @dataclass(frozen=True)
    class Frozen2(Plain):
        y: int = 0


attempt("freeze", freeze)


def unannotated():
    @dataclass
    class Bad:
        x = field(default=1)


attempt("unannotated", unannotated)


@dataclass
class WithInit:
    x: int
    mode: InitVar[str]
    y: int = field(init=False, default=0)

    def __post_init__(self, mode):
        self.y = len(mode)


attempt("replace init=False", lambda: replace(WithInit(1, "ab"), y=3))
attempt("replace InitVar", lambda: replace(WithInit(1, "ab")))
attempt("replace ok", lambda: replace(WithInit(1, "ab"), mode="xyz"))
attempt("replace bad", lambda: replace(P(1), z=1))
attempt("replace non-dataclass", lambda: replace(3))
attempt("fields non-dataclass", lambda: fields(3))
attempt("asdict class", lambda: asdict(P))
attempt("astuple int", lambda: astuple(5))
attempt("compare", lambda: P(1) < P(2))
attempt("frozen assign", lambda: setattr(Frozen(1), "x", 2))
attempt("frozen new attr", lambda: setattr(Frozen(1), "z", 2))
P(1, 2, 3)
