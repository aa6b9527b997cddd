"""A tiny spreadsheet: formulas are parsed by _sheet_formula, evaluated in
dependency order, and recomputed incrementally when cells change."""
import json
import math
import operator
from collections import defaultdict, deque, OrderedDict
from functools import reduce, lru_cache, total_ordering
from itertools import groupby, chain, accumulate

import _sheet_formula as fx
from _sheet_formula import (
    Parser, FormulaError, SyntaxProblem, RefProblem, CycleProblem,
    ValueProblem, DivZero, references, show, split_ref, col_name,
)


def _num(v):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    if v is None or v == "":
        return 0.0
    try:
        return float(v)
    except ValueError:
        raise ValueProblem(f"not a number: {v!r}") from None


def _flatten(args):
    for a in args:
        if isinstance(a, list):
            yield from a
        else:
            yield a


FUNCTIONS = {
    "SUM": lambda args: math.fsum(_num(x) for x in _flatten(args)),
    "AVG": lambda args: (lambda xs: math.fsum(xs) / len(xs) if xs else _raise(DivZero("AVG of nothing")))(
        [_num(x) for x in _flatten(args) if x not in (None, "")]),
    "MAX": lambda args: max(_num(x) for x in _flatten(args)),
    "MIN": lambda args: min(_num(x) for x in _flatten(args)),
    "COUNT": lambda args: float(sum(1 for x in _flatten(args) if isinstance(x, float))),
    "IF": lambda args: args[1] if _num(args[0]) else (args[2] if len(args) > 2 else 0.0),
    "ROUND": lambda args: float(round(_num(args[0]), int(_num(args[1])) if len(args) > 1 else 0)),
    "PRODUCT": lambda args: reduce(operator.mul, (_num(x) for x in _flatten(args)), 1.0),
    "CONCAT": lambda args: "".join(_text(x) for x in _flatten(args)),
}


def _raise(exc):
    raise exc


def _text(v):
    if isinstance(v, float):
        return f"{v:g}"
    return "" if v is None else str(v)


BINOPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul,
    "^": operator.pow, "**": operator.pow,
    "=": operator.eq, "<>": operator.ne, "<": operator.lt, ">": operator.gt,
    "<=": operator.le, ">=": operator.ge,
}


@total_ordering
class CellAddr:
    __slots__ = ("col", "row")

    def __init__(self, name):
        self.col, self.row = split_ref(name)

    def __eq__(self, other):
        return (self.row, self.col) == (other.row, other.col)

    def __lt__(self, other):
        return (self.row, self.col) < (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f"{col_name(self.col)}{self.row}"


class Cell:
    def __init__(self, name, raw):
        self.name = name
        self.raw = raw
        self.ast = None
        self.value = None
        self.error = None
        if isinstance(raw, str) and raw.startswith("="):
            try:
                self.ast = Parser(raw[1:]).parse()
            except FormulaError as e:
                self.error = e
        elif isinstance(raw, str):
            try:
                self.value = float(raw)
            except ValueError:
                self.value = raw
        else:
            self.value = float(raw)

    @property
    def is_formula(self):
        return isinstance(self.raw, str) and self.raw.startswith("=")

    @property
    def deps(self):
        return sorted(set(references(self.ast)), key=CellAddr) if self.ast else []

    def display(self):
        if self.error is not None:
            return self.error.code
        v = self.value
        if isinstance(v, bool):
            return "TRUE" if v else "FALSE"
        if isinstance(v, float):
            return f"{v:,.2f}" if abs(v) >= 1000 else f"{v:.4g}"
        return _text(v)


class Sheet:
    def __init__(self):
        self.cells = {}
        self.evaluations = 0

    def __setitem__(self, name, raw):
        self.cells[name] = Cell(name, raw)

    def __getitem__(self, name):
        return self.cells[name]

    def __contains__(self, name):
        return name in self.cells

    def __iter__(self):
        return iter(sorted(self.cells, key=CellAddr))

    def dependents(self):
        rev = defaultdict(set)
        for name, cell in self.cells.items():
            for d in cell.deps:
                rev[d].add(name)
        return rev

    def order(self, roots=None):
        """Topological order (Kahn) of the formula cells reachable from roots."""
        rev = self.dependents()
        if roots is None:
            todo = set(self.cells)
        else:
            todo, queue = set(), deque(roots)
            while queue:
                n = queue.popleft()
                if n not in todo:
                    todo.add(n)
                    queue.extend(sorted(rev.get(n, ())))
        indeg = {n: sum(1 for d in self.cells[n].deps if d in todo) for n in todo if n in self.cells}
        ready = sorted((n for n, k in indeg.items() if k == 0), key=CellAddr)
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for m in sorted(rev.get(n, ()), key=CellAddr):
                if m in indeg:
                    indeg[m] -= 1
                    if indeg[m] == 0:
                        ready.append(m)
                        ready.sort(key=CellAddr)
        cyclic = sorted((n for n, k in indeg.items() if k > 0), key=CellAddr)
        return out, cyclic

    def evaluate(self, node):
        match node:
            case fx.Num(value=v) | fx.Str(value=v):
                return v
            case fx.Ref(name=n):
                if n not in self.cells:
                    return None
                cell = self.cells[n]
                if cell.error is not None:
                    raise type(cell.error)(f"upstream {n}: {cell.error}")
                return cell.value
            case fx.Range():
                return [self.evaluate(fx.Ref(c)) for c in node.cells()]
            case fx.Neg(operand=o):
                return -_num(self.evaluate(o))
            case fx.BinOp(op="&", left=l, right=r):
                return _text(self.evaluate(l)) + _text(self.evaluate(r))
            case fx.BinOp(op="/", left=l, right=r):
                den = _num(self.evaluate(r))
                if den == 0:
                    raise DivZero("division by zero")
                return _num(self.evaluate(l)) / den
            case fx.BinOp(op=op, left=l, right=r) if op in BINOPS:
                a, b = self.evaluate(l), self.evaluate(r)
                if op in ("=", "<>") and (isinstance(a, str) or isinstance(b, str)):
                    return BINOPS[op](_text(a), _text(b))
                return BINOPS[op](_num(a), _num(b))
            case fx.Call(func=f, args=args):
                if f not in FUNCTIONS:
                    raise ValueProblem(f"unknown function {f}")
                return FUNCTIONS[f]([self.evaluate(a) for a in args])
        raise TypeError(node)

    def recalc(self, changed=None):
        order, cyclic = self.order(changed)
        for n in cyclic:
            self.cells[n].error = CycleProblem(f"{n} is part of a cycle")
        for n in order:
            cell = self.cells[n]
            if not cell.is_formula or (cell.ast is None):
                continue
            self.evaluations += 1
            try:
                cell.value, cell.error = self.evaluate(cell.ast), None
            except FormulaError as e:
                cell.value, cell.error = None, e
            except OverflowError as e:
                cell.value, cell.error = None, ValueProblem(str(e))
        return order

    def set(self, name, raw):
        self[name] = raw
        return self.recalc([name])

    def render(self):
        addrs = [CellAddr(n) for n in self.cells]
        cols = sorted({a.col for a in addrs})
        rows = sorted({a.row for a in addrs})
        widths = {c: max([len(col_name(c))] + [len(self.cells[f"{col_name(c)}{r}"].display())
                                                for r in rows if f"{col_name(c)}{r}" in self.cells]) for c in cols}
        lines = ["    " + " | ".join(f"{col_name(c):^{widths[c]}}" for c in cols)]
        for r in rows:
            parts = []
            for c in cols:
                n = f"{col_name(c)}{r}"
                text = self.cells[n].display() if n in self.cells else ""
                parts.append(f"{text:>{widths[c]}}" if isinstance(self.cells.get(n) and self.cells[n].value, float)
                             else f"{text:<{widths[c]}}")
            lines.append(f"{r:>3} " + " | ".join(parts))
        return "\n".join(lines)

    def to_json(self):
        return json.dumps({n: self.cells[n].raw for n in self}, sort_keys=False)

    @classmethod
    def from_json(cls, text):
        sheet = cls()
        for n, raw in json.loads(text, object_pairs_hook=OrderedDict).items():
            sheet[n] = raw
        sheet.recalc()
        return sheet


def build_budget():
    s = Sheet()
    data = [
        ("A1", "Item"), ("B1", "Qty"), ("C1", "Price"), ("D1", "Total"),
        ("A2", "Widget"), ("B2", 12), ("C2", 3.5), ("D2", "=B2*C2"),
        ("A3", "Gadget"), ("B3", 3), ("C3", 19.99), ("D3", "=B3*C3"),
        ("A4", "Doohickey"), ("B4", 40), ("C4", 0.25), ("D4", "=B4*C4"),
        ("A5", "Gizmo"), ("B5", 1), ("C5", 1250), ("D5", "=ROUND(B5*C5*1.07, 2)"),
        ("A6", "Sum"), ("B6", "=SUM(B2:B5)"), ("D6", "=SUM(D2:D5)"),
        ("A7", "Avg"), ("C7", "=AVG(C2:C5)"), ("D7", "=D6/B6"),
        ("A8", "Flag"), ("D8", '=IF(D6>1000, "big", "small")'),
        ("A9", "Label"), ("D9", '=CONCAT(A2, "/", B2, " & ", A3)'),
    ]
    for name, raw in data:
        s[name] = raw
    return s


def main():
    print("== parsing ==")
    for src in ["1+2*3", "-(A1+B2)^2", "2^3^2", "SUM(A1:B3, 4)", "1 +", "A1 $ 2",
                "MAX(1,,2)", "(1+2", '"a"&"b"']:
        try:
            node = Parser(src).parse()
            deps = list(references(node))
            print(f"  {src!r:18} -> {show(node):28} deps={deps}")
        except SyntaxProblem as e:
            print(f"  {src!r:18} !! {type(e).__name__}: {e}")

    print("== budget ==")
    sheet = build_budget()
    order = sheet.recalc()
    formula_order = [n for n in order if sheet[n].is_formula]
    print("eval order:", ", ".join(formula_order))
    print(sheet.render())
    print(f"evaluations so far: {sheet.evaluations}")

    print("== edits ==")
    edits = [("B2", 20), ("C5", "=1/0"), ("C5", 999), ("B4", "lots"), ("B4", 41), ("Z1", "=Y1+1"),
             ("E2", "=NOPE(1)"), ("E3", "=(1"), ("E4", "=E3*2"), ("E5", "=E2+Z1"), ("E6", "=10^400")]
    for name, raw in edits:
        before = sheet.evaluations
        touched = sheet.set(name, raw)
        changed = [n for n in touched if sheet[n].is_formula]
        print(f"set {name}={raw!r:8} recomputed {sheet.evaluations - before} {changed}"
              f" D6={sheet['D6'].display()} D7={sheet['D7'].display()}")

    print("== cycles ==")
    cyc = Sheet()
    for name, raw in [("A1", "=B1+1"), ("B1", "=C1*2"), ("C1", "=A1"), ("D1", "=5"), ("E1", "=D1+A1")]:
        cyc[name] = raw
    cyc.recalc()
    for n in cyc:
        c = cyc[n]
        print(f"  {n}: {c.display():8} {str(c.error) if c.error else ''}")
    cyc.set("C1", 1)
    print("  after fix:", {n: cyc[n].display() for n in cyc})

    print("== errors by kind ==")
    errs = [(n, sheet[n].error) for n in sheet if sheet[n].error]
    errs += [(n, cyc[n].error) for n in cyc if cyc[n].error]
    keyed = sorted(errs, key=lambda p: (type(p[1]).__mro__.index(FormulaError), p[1].code, p[0]))
    for depth, group in groupby(keyed, key=lambda p: type(p[1]).__mro__.index(FormulaError)):
        print(f"  depth {depth}: {[f'{n}:{e.code}' for n, e in group]}")
    print("  DivZero isa ValueProblem:", issubclass(DivZero, ValueProblem), DivZero.__mro__[1].__name__)

    print("== json round trip ==")
    dumped = sheet.to_json()
    print(f"  {len(dumped)} chars, keys start {list(json.loads(dumped))[:5]}")
    clone = Sheet.from_json(dumped)
    same = all(clone[n].display() == sheet[n].display() for n in sheet)
    print("  clone matches:", same, "| D9 =", clone["D9"].display())

    print("== column stats ==")
    cols = defaultdict(list)
    for n in sheet:
        v = sheet[n].value
        if isinstance(v, float):
            cols[col_name(CellAddr(n).col)].append(v)
    for col, vals in sorted(cols.items()):
        running = list(accumulate(vals))
        print(f"  {col}: n={len(vals)} sum={sum(vals):>10.3f} running={[f'{x:.1f}' for x in running]}")
    widest = max(chain.from_iterable(cols.values()), key=abs)
    print(f"  widest value {widest:e} / {widest:+.3e} / {int(widest):#x}")


if __name__ == "__main__":
    main()
