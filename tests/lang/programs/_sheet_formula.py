"""Formula language for the spreadsheet: tokenizer, parser and AST nodes."""
import re
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Union


class TokKind(Enum):
    NUM = auto()
    REF = auto()
    RANGE = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    STR = auto()


@dataclass(frozen=True)
class Token:
    kind: TokKind
    text: str
    pos: int

    def __str__(self):
        return f"{self.kind.name}({self.text!r}@{self.pos})"


class FormulaError(Exception):
    """Base of every formula problem."""
    code = "#ERR"

    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return f"{base} at {self.pos}" if self.pos is not None else base


class SyntaxProblem(FormulaError):
    code = "#SYNTAX"


class RefProblem(FormulaError):
    code = "#REF"


class CycleProblem(FormulaError):
    code = "#CYCLE"


class ValueProblem(FormulaError):
    code = "#VALUE"


class DivZero(ValueProblem):
    code = "#DIV/0"


TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<range>[A-Z]+[0-9]+:[A-Z]+[0-9]+)
  | (?P<ref>[A-Z]+[0-9]+)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Z_][A-Z_0-9]*)
  | (?P<str>"[^"]*")
  | (?P<op>\*\*|<=|>=|<>|[-+*/^<>=&])
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
""", re.VERBOSE)


def tokenize(src):
    pos = 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxProblem(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        if kind != "ws":
            yield Token(TokKind[kind.upper()], m.group(), pos)
        pos = m.end()


@dataclass
class Num:
    value: float


@dataclass
class Str:
    value: str


@dataclass
class Ref:
    name: str


@dataclass
class Range:
    start: str
    end: str

    def cells(self):
        c1, r1 = split_ref(self.start)
        c2, r2 = split_ref(self.end)
        for r in range(min(r1, r2), max(r1, r2) + 1):
            for c in range(min(c1, c2), max(c1, c2) + 1):
                yield f"{col_name(c)}{r}"


@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"


@dataclass
class Neg:
    operand: "Node"


@dataclass
class Call:
    func: str
    args: list = field(default_factory=list)


Node = Union[Num, Str, Ref, Range, BinOp, Neg, Call]


def split_ref(ref):
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
    if not m:
        raise RefProblem(f"bad reference {ref}")
    letters, digits = m.groups()
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - ord("A") + 1)
    return col, int(digits)


def col_name(col):
    out = []
    while col:
        col, rem = divmod(col - 1, 26)
        out.append(chr(ord("A") + rem))
    return "".join(reversed(out))


PRECEDENCE = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
              "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5, "**": 5}
RIGHT_ASSOC = {"^", "**"}


class Parser:
    def __init__(self, src):
        self.src = src
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def next(self):
        tok = self.peek()
        if tok is None:
            raise SyntaxProblem("unexpected end of formula", len(self.src))
        self.i += 1
        return tok

    def expect(self, kind):
        tok = self.next()
        if tok.kind is not kind:
            raise SyntaxProblem(f"expected {kind.name.lower()}, got {tok.text!r}", tok.pos)
        return tok

    def parse(self):
        node = self.expr(0)
        if (extra := self.peek()) is not None:
            raise SyntaxProblem(f"trailing {extra.text!r}", extra.pos)
        return node

    def expr(self, min_prec):
        left = self.unary()
        while (tok := self.peek()) is not None and tok.kind is TokKind.OP:
            prec = PRECEDENCE[tok.text]
            if prec < min_prec:
                break
            self.next()
            nxt = prec if tok.text in RIGHT_ASSOC else prec + 1
            left = BinOp(tok.text, left, self.expr(nxt))
        return left

    def unary(self):
        tok = self.peek()
        if tok is not None and tok.kind is TokKind.OP and tok.text in "+-":
            self.next()
            inner = self.unary()
            return Neg(inner) if tok.text == "-" else inner
        return self.atom()

    def atom(self):
        tok = self.next()
        match tok.kind:
            case TokKind.NUM:
                return Num(float(tok.text))
            case TokKind.STR:
                return Str(tok.text[1:-1])
            case TokKind.REF:
                return Ref(tok.text)
            case TokKind.RANGE:
                a, b = tok.text.split(":")
                return Range(a, b)
            case TokKind.NAME:
                self.expect(TokKind.LPAREN)
                args = []
                if (p := self.peek()) is not None and p.kind is TokKind.RPAREN:
                    self.next()
                    return Call(tok.text, args)
                while True:
                    args.append(self.expr(0))
                    sep = self.next()
                    if sep.kind is TokKind.RPAREN:
                        return Call(tok.text, args)
                    if sep.kind is not TokKind.COMMA:
                        raise SyntaxProblem(f"expected ',' or ')', got {sep.text!r}", sep.pos)
            case TokKind.LPAREN:
                node = self.expr(0)
                self.expect(TokKind.RPAREN)
                return node
            case _:
                raise SyntaxProblem(f"unexpected {tok.text!r}", tok.pos)


def references(node):
    """Yield every cell name a formula depends on."""
    match node:
        case Ref(name=name):
            yield name
        case Range():
            yield from node.cells()
        case BinOp(left=l, right=r):
            yield from references(l)
            yield from references(r)
        case Neg(operand=o):
            yield from references(o)
        case Call(args=args):
            for a in args:
                yield from references(a)
        case _:
            return


def show(node):
    match node:
        case Num(value=v):
            return f"{v:g}"
        case Str(value=s):
            return f'"{s}"'
        case Ref(name=n):
            return n
        case Range(start=a, end=b):
            return f"{a}:{b}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Neg(o):
            return f"-{show(o)}"
        case Call(func, args):
            return f"{func}({', '.join(map(show, args))})"
    raise TypeError(f"not a node: {node!r}")
