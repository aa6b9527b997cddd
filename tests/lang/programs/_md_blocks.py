"""Block-level markdown parsing: turns lines into a list of Block objects.
Block classes register themselves by kind through __init_subclass__."""
import re
from dataclasses import dataclass, field
from typing import ClassVar

REGISTRY = {}


class Block:
    kind: ClassVar[str] = "block"

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            cls.kind = kind
            REGISTRY[kind] = cls

    def __repr__(self):
        fields_ = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields_})"


class Heading(Block, kind="heading"):
    def __init__(self, level, text):
        self.level = level
        self.text = text


class Paragraph(Block, kind="para"):
    def __init__(self, lines):
        self.text = " ".join(l.strip() for l in lines)


class Code(Block, kind="code"):
    def __init__(self, lang, lines):
        self.lang = lang or "text"
        self.lines = lines


class ListBlock(Block, kind="list"):
    def __init__(self, ordered, items, start=1):
        self.ordered = ordered
        self.items = items
        self.start = start


class Quote(Block, kind="quote"):
    def __init__(self, children):
        self.children = children


class Rule(Block, kind="rule"):
    pass


@dataclass
class Table(Block, kind="table"):
    header: list
    aligns: list
    rows: list = field(default_factory=list)


HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^```\s*(\w*)\s*$")
BULLET = re.compile(r"^(\s*)([-*+]|(\d+)[.)])\s+(.*)$")
RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
TABLE_SEP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


class MarkdownError(ValueError):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


def split_row(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def parse_blocks(lines, base=1):
    blocks = []
    i = 0
    para = []

    def flush():
        nonlocal para
        if para:
            blocks.append(Paragraph(para))
            para = []

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        if m := FENCE.match(line):
            flush()
            lang, body = m.group(1), []
            i += 1
            while i < len(lines) and not FENCE.match(lines[i]):
                body.append(lines[i])
                i += 1
            if i == len(lines):
                raise MarkdownError(base + i - len(body) - 1, "unterminated code fence")
            blocks.append(Code(lang, body))
            i += 1
            continue
        if m := HEADING.match(line):
            flush()
            blocks.append(Heading(len(m.group(1)), m.group(2)))
        elif RULE.match(line):
            flush()
            blocks.append(Rule())
        elif line.startswith(">"):
            flush()
            inner = []
            while i < len(lines) and lines[i].startswith(">"):
                inner.append(lines[i][1:].removeprefix(" "))
                i += 1
            blocks.append(Quote(parse_blocks(inner, base + i - len(inner))))
            continue
        elif "|" in line and i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
            flush()
            header = split_row(line)
            aligns = []
            for cell in split_row(lines[i + 1]):
                match (cell.startswith(":"), cell.endswith(":")):
                    case (True, True):
                        aligns.append("^")
                    case (False, True):
                        aligns.append(">")
                    case _:
                        aligns.append("<")
            table = Table(header, aligns)
            i += 2
            while i < len(lines) and "|" in lines[i]:
                row = split_row(lines[i])
                row += [""] * (len(header) - len(row))
                table.rows.append(row[:len(header)])
                i += 1
            blocks.append(table)
            continue
        elif m := BULLET.match(line):
            flush()
            ordered = m.group(3) is not None
            start = int(m.group(3)) if ordered else 1
            items = []
            while i < len(lines) and (m := BULLET.match(lines[i])) and (m.group(3) is not None) == ordered:
                items.append((len(m.group(1)) // 2, m.group(4)))
                i += 1
            blocks.append(ListBlock(ordered, items, start))
            continue
        else:
            para.append(line)
        i += 1
    flush()
    return blocks
