"""A toy expression language: tokenizer, recursive-descent parser, evaluator.

Grammar:
    expr    := 'let' NAME '=' expr 'in' expr
             | 'if' expr 'then' expr 'else' expr
             | 'fn' NAME '=>' expr
             | compare
    compare := sum (('<' | '>' | '==') sum)?
    sum     := product (('+' | '-') product)*
    product := unary (('*' | '/' | '%') unary)*
    unary   := '-' unary | call
    call    := atom ('(' expr (',' expr)* ')')*
    atom    := NUMBER | NAME | '(' expr ')'
"""
import contextlib
import re


class LangError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def describe(self):
        where = f" at {self.pos}" if self.pos is not None else ""
        return f"{type(self).__name__}{where}: {self.args[0]}"


class TokenizeError(LangError):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
TOKEN_RE = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(=>|==|[-+*/%()<>=,]))")


def tokenize(source):
    pos = 0
    tokens = []
    source = source.rstrip()
    while pos < len(source):
        match = TOKEN_RE.match(source, pos)
        if not match or match.end() == pos:
            pos += len(source[pos:]) - len(source[pos:].lstrip())
            raise TokenizeError(f"unexpected character {source[pos]!r}", pos)
        number, name, op = match.groups()
        start = match.start(match.lastindex)
        if number is not None:
            tokens.append(Token("num", number, start))
        elif name is not None:
            tokens.append(Token("kw" if name in KEYWORDS else "name", name, start))
        else:
            tokens.append(Token("op", op, start))
        pos = match.end()
    tokens.append(Token("eof", "", len(source)))
    return tokens


class Node:
    __slots__ = ()

    def __repr__(self):
        parts = ", ".join(repr(getattr(self, name)) for name in self.__slots__)
        return f"{type(self).__name__}({parts})"


class Num(Node):
    __slots__ = ("value",)
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var(Node):
    __slots__ = ("name",)
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp(Node):
    __slots__ = ("op", "left", "right")
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg(Node):
    __slots__ = ("operand",)
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Let(Node):
    __slots__ = ("name", "value", "body")
    __match_args__ = ("name", "value", "body")

    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body


class If(Node):
    __slots__ = ("cond", "then", "other")
    __match_args__ = ("cond", "then", "other")

    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other


class Lambda(Node):
    __slots__ = ("param", "body")
    __match_args__ = ("param", "body")

    def __init__(self, param, body):
        self.param, self.body = param, body


class Call(Node):
    __slots__ = ("func", "args")
    __match_args__ = ("func", "args")

    def __init__(self, func, args):
        self.func, self.args = func, args


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.current
        self.index += 1
        return token

    def expect(self, kind, text=None):
        token = self.current
        if token.kind != kind or (text is not None and token.text != text):
            wanted = text or kind
            raise ParseError(f"expected {wanted!r}, found {token.text or 'end of input'!r}", token.pos)
        return self.advance()

    def accept(self, *texts):
        if self.current.kind in ("op", "kw") and self.current.text in texts:
            return self.advance()
        return None

    def parse(self):
        node = self.expr()
        self.expect("eof")
        return node

    def expr(self):
        if self.accept("let"):
            name = self.expect("name").text
            self.expect("op", "=")
            value = self.expr()
            self.expect("kw", "in")
            return Let(name, value, self.expr())
        if self.accept("if"):
            cond = self.expr()
            self.expect("kw", "then")
            then = self.expr()
            self.expect("kw", "else")
            return If(cond, then, self.expr())
        if self.accept("fn"):
            param = self.expect("name").text
            self.expect("op", "=>")
            return Lambda(param, self.expr())
        return self.compare()

    def compare(self):
        left = self.binary(self.product, "+", "-")
        if token := self.accept("<", ">", "=="):
            left = BinOp(token.text, left, self.binary(self.product, "+", "-"))
        return left

    def binary(self, operand, *ops):
        left = operand()
        while token := self.accept(*ops):
            left = BinOp(token.text, left, operand())
        return left

    def product(self):
        return self.binary(self.unary, "*", "/", "%")

    def unary(self):
        if self.accept("-"):
            return Neg(self.unary())
        return self.call()

    def call(self):
        node = self.atom()
        while self.accept("("):
            args = [self.expr()]
            while self.accept(","):
                args.append(self.expr())
            self.expect("op", ")")
            node = Call(node, args)
        return node

    def atom(self):
        token = self.current
        match token.kind, token.text:
            case "num", text if "." in text:
                self.advance()
                return Num(float(text))
            case "num", text:
                self.advance()
                return Num(int(text))
            case "name", text:
                self.advance()
                return Var(text)
            case "op", "(":
                self.advance()
                node = self.expr()
                self.expect("op", ")")
                return node
            case _:
                raise ParseError(f"unexpected {token.text or 'end of input'!r}", token.pos)


class Closure:
    __slots__ = ("param", "body", "env", "evaluator")

    def __init__(self, param, body, env, evaluator):
        self.param, self.body, self.env, self.evaluator = param, body, env, evaluator

    def __call__(self, *args):
        if len(args) != 1:
            raise EvalError(f"lambda takes 1 argument, got {len(args)}")
        return self.evaluator.eval(self.body, {**self.env, self.param: args[0]})

    def __repr__(self):
        return f"<fn {self.param}>"


def make_builtins(**extra):
    def arity(count, func):
        def checked(*args):
            if len(args) != count:
                raise EvalError(f"{func.__name__} takes {count} argument(s), got {len(args)}")
            return func(*args)
        checked.__name__ = func.__name__
        return checked

    def counter(start=0):
        state = [start]

        def tick(step):
            state[0] += step
            return state[0]
        return tick

    table = {
        "max": arity(2, max),
        "min": arity(2, min),
        "abs": arity(1, abs),
        "tick": counter(100),
    }
    table.update(extra)
    return table


class Evaluator:
    def __init__(self, builtins, max_depth=40):
        self.builtins = builtins
        self.depth = 0
        self.max_depth = max_depth
        self.visits = {}

    def eval(self, node, env):
        name = type(node).__name__
        self.visits[name] = self.visits.get(name, 0) + 1
        method = getattr(self, "visit_" + name, None)
        if method is None:
            raise EvalError(f"no visitor for {name}")
        with self.frame():
            return method(node, env)

    @contextlib.contextmanager
    def frame(self):
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                raise EvalError(f"recursion deeper than {self.max_depth}")
            yield self.depth
        finally:
            self.depth -= 1

    def visit_Num(self, node, env):
        return node.value

    def visit_Var(self, node, env):
        if node.name in env:
            return env[node.name]
        if node.name in self.builtins:
            return self.builtins[node.name]
        raise EvalError(f"unbound name {node.name!r}")

    def visit_Neg(self, node, env):
        return -self.eval(node.operand, env)

    def visit_Let(self, node, env):
        value = self.eval(node.value, env)
        return self.eval(node.body, {**env, node.name: value})

    def visit_If(self, node, env):
        branch = node.then if self.eval(node.cond, env) else node.other
        return self.eval(branch, env)

    def visit_Lambda(self, node, env):
        return Closure(node.param, node.body, env, self)

    def visit_Call(self, node, env):
        func = self.eval(node.func, env)
        args = [self.eval(arg, env) for arg in node.args]
        if not callable(func):
            raise EvalError(f"{func!r} is not callable")
        return func(*args)

    def visit_BinOp(self, node, env):
        left = self.eval(node.left, env)
        right = self.eval(node.right, env)
        match node.op, left, right:
            case "/" | "%", _, 0:
                raise EvalError("division by zero") from ZeroDivisionError(node.op)
            case "/", int(), int() if left % right == 0:
                return left // right
            case "+" | "-" | "*" | "/" | "%", (int() | float()), (int() | float()):
                return OPS[node.op](left, right)
            case "<" | ">" | "==", (int() | float()), (int() | float()):
                return int(OPS[node.op](left, right))
            case op, _, _:
                raise EvalError(f"bad operands for {op}: {type(left).__name__}, {type(right).__name__}")


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
}


def simplify(node):
    """Constant-fold with structural pattern matching."""
    match node:
        case BinOp("+", Num(0), other) | BinOp("+", other, Num(0)):
            return simplify(other)
        case BinOp("*", Num(1), other) | BinOp("*", other, Num(1)):
            return simplify(other)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("+" | "-" | "*" as op, Num(a), Num(b)):
            return Num(OPS[op](a, b))
        case BinOp(op, left, right):
            folded = BinOp(op, simplify(left), simplify(right))
            foldable = op in ("+", "-", "*") and isinstance(folded.left, Num) and isinstance(folded.right, Num)
            return simplify(folded) if foldable else folded
        case Neg(Num(value)):
            return Num(-value)
        case Neg(inner):
            return Neg(simplify(inner))
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case Call(func, [single]):
            return Call(func, [simplify(single)])
        case Call(func, [first, *rest]):
            return Call(func, [simplify(first), *map(simplify, rest)])
        case _:
            return node


class Session:
    """Counts outcomes; errors inside `with session.case(...)` are reported, not raised."""

    def __init__(self, evaluator):
        self.evaluator = evaluator
        self.outcomes = {"ok": 0, "error": 0}
        self.current = None

    def __enter__(self):
        print("-- session start --")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"-- session end: {self.outcomes} --")
        return False

    @contextlib.contextmanager
    def case(self, number, source):
        self.current = source
        try:
            yield
        except LangError as err:
            self.outcomes["error"] += 1
            cause = f" (cause: {type(err.__cause__).__name__})" if err.__cause__ else ""
            print(f"{number:2d}. {source!r}\n    !! {err.describe()}{cause}")
        else:
            self.outcomes["ok"] += 1
        finally:
            self.current = None

    def run(self, number, source, **options):
        with self.case(number, source):
            tree = Parser(tokenize(source)).parse()
            if options.get("fold"):
                tree = simplify(tree)
            value = self.evaluator.eval(tree, {})
            shown = f"{value:.4f}" if isinstance(value, float) else repr(value)
            print(f"{number:2d}. {source!r}\n    => {shown}")
            if options.get("show_tree"):
                print(f"    tree: {tree!r}")


PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "10 / 4",
    "12 / 4",
    "7 % 3 - -2",
    "let x = 5 in x * x",
    "let x = 2 in let y = x + 1 in x * y + y",
    "if 3 < 4 then 100 else 200",
    "if 1 == 2 then 1 else let z = 9 in z - 10",
    "let sq = fn n => n * n in sq(12)",
    "let add = fn a => fn b => a + b in add(3)(4)",
    "max(3, 9) + min(2, 8)",
    "abs(-17)",
    "tick(5) + tick(5)",
    "let f = fn n => if n < 1 then 1 else n * f(n - 1) in f(5)",
    "let fact = fn self => fn n => if n < 1 then 1 else n * self(self)(n - 1) in fact(fact)(10)",
    "2.5 * 4",
    "0 + x0 * 1",
    "1 / 0",
    "5 % 0",
    "y + 1",
    "(1 + 2",
    "1 + * 2",
    "let = 3 in 4",
    "3 $ 4",
    "max(1)",
    "4(2)",
    "let loop = fn s => s(s) in loop(loop)",
    "(fn a => a)(1, 2)",
    "if 1 then 2",
    "let f = fn n => n in f < 3",
]


def main():
    tokens = tokenize("let a = 1.5 in a*2")
    print("tokens:", tokens, [t.pos for t in tokens])
    try:
        Token("x", "y", 0).extra = 1
    except AttributeError:
        print("slots: no extra attributes allowed")
    print("fold:", simplify(Parser(tokenize("0 + (2 * 3) * 1 + x * 0 + max(1 + 1, 2 * y)")).parse()))
    evaluator = Evaluator(make_builtins(double=lambda v: v * 2))
    with Session(evaluator) as session:
        for number, source in enumerate(PROGRAMS, start=1):
            session.run(number, source, fold=number % 4 == 0, show_tree=number in (6, 10, 18))
        session.run(99, "double(21)")
    print("visits:", sorted(evaluator.visits.items()))
    print("depth back to", evaluator.depth)
    try:
        with Session(evaluator):
            raise KeyError("escapes")
    except KeyError as exc:
        print("propagated:", repr(exc))


if __name__ == "__main__":
    main()
