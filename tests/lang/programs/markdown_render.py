"""Renders a markdown document to plain text: block parsing lives in
_md_blocks, inline markup is handled here with regex substitutions."""
import json
import re
import textwrap
from collections import Counter, OrderedDict
from contextlib import redirect_stdout
from functools import singledispatch, partial
from io import StringIO
from itertools import chain, starmap
from string import Template

from _md_blocks import (
    REGISTRY, Block, Heading, Paragraph, Code, ListBlock, Quote, Rule, Table,
    MarkdownError, parse_blocks,
)

WIDTH = 56

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"'{m.group(1)}'"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: (m.group(1) or m.group(2)).upper()),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"/\1/"),
    (re.compile(r"~~(.+?)~~"), lambda m: "".join(ch + "\u0336" for ch in m.group(1))),
]
LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s+\"(?P<title>[^\"]*)\")?\)")
SMART = str.maketrans({"\"": "\u201d", "'": "\u2019"})


class Renderer:
    def __init__(self, width=WIDTH):
        self.width = width
        self.links = OrderedDict()
        self.toc = []
        self.counts = Counter()

    def inline(self, text):
        def link(m):
            url = m.group("url")
            n = self.links.setdefault(url, len(self.links) + 1)
            label = m.group("text") or url
            if m.group(0).startswith("!"):
                return f"[image: {label}]"
            return f"{label}[{n}]"
        text = LINK.sub(link, text)
        for pattern, repl in INLINE:
            text, n = pattern.subn(repl, text)
            self.counts[pattern.pattern[:6]] += n
        return text

    def wrap(self, text, indent="", first=None):
        return textwrap.fill(text, self.width, initial_indent=first if first is not None else indent,
                             subsequent_indent=indent, break_on_hyphens=False) or first or ""

    def render(self, blocks, indent=""):
        for block in blocks:
            self.counts[block.kind] += 1
            yield from render_block(block, self, indent)


@singledispatch
def render_block(block, r, indent):
    raise TypeError(f"cannot render {type(block).__name__}")


@render_block.register
def _(block: Heading, r, indent):
    text = r.inline(block.text)
    r.toc.append((block.level, text))
    if block.level == 1:
        yield text.upper().center(r.width).rstrip()
        yield "=" * r.width
    elif block.level == 2:
        yield text
        yield "-" * len(text)
    else:
        yield f"{'#' * block.level} {text}"
    yield ""


@render_block.register
def _(block: Paragraph, r, indent):
    yield r.wrap(r.inline(block.text), indent)
    yield ""


@render_block.register
def _(block: Code, r, indent):
    width = max(map(len, block.lines), default=0)
    yield f"{indent}+-- {block.lang} " + "-" * max(0, width - len(block.lang) - 2)
    for n, line in enumerate(block.lines, 1):
        yield f"{indent}|{n:>3} {line.expandtabs(4)}"
    yield f"{indent}+" + "-" * (width + 5)
    yield ""


@render_block.register
def _(block: ListBlock, r, indent):
    numbers = [block.start] * 8
    for depth, text in block.items:
        pad = indent + "  " * depth
        if block.ordered:
            marker = f"{numbers[depth]}. "
            numbers[depth] += 1
            numbers[depth + 1:] = [1] * (len(numbers) - depth - 1)
        else:
            marker = "*-o"[depth % 3] + " "
        if m := re.match(r"\[([ xX])\]\s+(.*)", text):
            marker += "[x] " if m.group(1) in "xX" else "[ ] "
            text = m.group(2)
        yield r.wrap(r.inline(text), pad + " " * len(marker), pad + marker)
    yield ""


@render_block.register
def _(block: Quote, r, indent):
    inner = list(r.render(block.children, ""))
    while inner and not inner[-1]:
        inner.pop()
    for line in inner:
        yield f"{indent}| {line}".rstrip()
    yield ""


@render_block.register
def _(block: Rule, r, indent):
    yield indent + "~ " * (r.width // 4)
    yield ""


@render_block.register
def _(block: Table, r, indent):
    cells = [[r.inline(c) for c in row] for row in chain([block.header], block.rows)]
    widths = [max(len(row[c]) for row in cells) for c in range(len(block.header))]
    def fmt(row):
        return " | ".join(f"{cell:{al}{w}}" for cell, al, w in zip(row, block.aligns, widths))
    yield indent + fmt(cells[0])
    yield indent + "-+-".join("-" * w for w in widths)
    yield from (indent + fmt(row) for row in cells[1:])
    yield ""


DOC = Template("""\
# $title

Welcome to **Ember** notes, written by *$author* on $date. See the
[project page](https://example.org/ember "Home") and the
[issue tracker](https://example.org/ember/issues) for details; the
[project page](https://example.org/ember) is linked twice on purpose.

## Features

- fast `startup` and __small__ binaries
- [x] generators
- [ ] ~~threads~~ (not planned)
  - nested item with a very long description that certainly needs to be wrapped onto more lines
    - third level
* a star bullet

3. third
4. fourth
  1. sub one
  2. sub two
5. fifth

> Quoted wisdom: *don't* panic.
> ## Quoted heading
> - quoted list item

---

| Module | Lines | Status |
|:-------|------:|:------:|
| lexer | 812 | done |
| parser | 1904 | **wip** |
| vm | 15 |

```python
def f(x):
\treturn x * 2  # doubled
```

![diagram](img/arch.png) Final words: it's "quoted" text with 2*3*4 math.
""")


def render_document(text):
    r = Renderer()
    blocks = parse_blocks(text.splitlines())
    lines = list(r.render(blocks))
    while lines and not lines[-1]:
        lines.pop()
    if r.links:
        lines += ["", "Links:"] + [f"  [{n}] {url}" for url, n in r.links.items()]
    return "\n".join(lines), r, blocks


def main():
    source = DOC.substitute(title="Release notes", author="the team", date="2024-05-01")
    out, r, blocks = render_document(source)
    print(out)
    print()
    print("== outline ==")
    for level, text in r.toc:
        print(f"{'  ' * (level - 1)}- {text}")
    print("== stats ==")
    print("block kinds:", dict(sorted((k, v) for k, v in r.counts.items() if k in REGISTRY)))
    print("inline hits:", sorted((k, v) for k, v in r.counts.items() if k not in REGISTRY))
    print("registry:", sorted(REGISTRY), issubclass(Table, Block), Table.kind)
    longest = max(out.splitlines(), key=len)
    print(f"lines={out.count(chr(10)) + 1} longest={len(longest)} chars={len(out)}")
    words = Counter(w.lower() for w in re.findall(r"[A-Za-z']+", source) if len(w) > 3)
    print("top words:", words.most_common(4))
    print("smart quotes:", "it's \"quoted\"".translate(SMART))

    print("== blocks as json ==")
    def encode(b):
        d = {"kind": b.kind}
        d.update((k, v if not isinstance(v, list) or not v or not isinstance(v[0], Block) else [encode(x) for x in v])
                 for k, v in vars(b).items())
        return d
    doc = json.dumps([encode(b) for b in blocks[:4]] + [encode(next(b for b in blocks if isinstance(b, Quote)))], ensure_ascii=True)
    print(doc[:300])
    back = json.loads(doc)
    print([b["kind"] for b in back], back[-1].get("children", [{}])[0].get("kind"))

    print("== error handling ==")
    for bad in ["ok\n```\nnever closed", "# fine\n\ntext", "> ```\n> x"]:
        buf = StringIO()
        try:
            with redirect_stdout(buf):
                text, *_ = render_document(bad)
                print(text.replace("\n", " / "))
        except MarkdownError as e:
            print(f"  {type(e).__name__}: {e} (lineno={e.lineno}, isa ValueError={isinstance(e, ValueError)})")
        else:
            print("  rendered:", buf.getvalue().strip())
        finally:
            buf.close()
    try:
        list(render_block(object(), r, ""))
    except TypeError as e:
        print("  TypeError:", e)
    try:
        Template("$missing and $$").substitute({})
    except KeyError as e:
        print("  KeyError:", e, "| safe:", Template("$missing and $$").safe_substitute())


if __name__ == "__main__":
    main()
