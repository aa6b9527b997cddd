# textwrap in a report: columns, hanging indents, bullet lists and a TextWrapper subclass.
import textwrap

notes = {
    "alpha": "Initial release with the core parser, a command-line front end and basic documentation for contributors.",
    "beta": "Faster startup; the cache is now invalidated when the configuration changes. Fixed a crash on empty input files.",
    "rc1": "No functional changes. Documentation updates only.",
}

for version, text in notes.items():
    head = f"{version:<6}- "
    print(textwrap.fill(text, width=50, initial_indent=head, subsequent_indent=" " * len(head)))
print()

def two_columns(left, right, width=28, gap=4):
    lw = textwrap.wrap(left, width)
    rw = textwrap.wrap(right, width)
    rows = max(len(lw), len(rw))
    lw += [""] * (rows - len(lw))
    rw += [""] * (rows - len(rw))
    return "\n".join(f"{l:<{width}}{' ' * gap}{r}".rstrip() for l, r in zip(lw, rw))

print(two_columns(notes["alpha"], notes["beta"]))
print()

class BulletWrapper(textwrap.TextWrapper):
    def __init__(self, bullet="*", **kwargs):
        super().__init__(**kwargs)
        self.initial_indent = bullet + " "
        self.subsequent_indent = " " * (len(bullet) + 1)

bw = BulletWrapper(bullet="-", width=40)
for item in ["Short item.", "A considerably longer item that needs to wrap onto a second and maybe third line.",
             "Hyphenated-words-wrap-at-hyphens-when-they-are-too-long-for-a-line."]:
    print(bw.fill(item))
print(BulletWrapper(bullet="1.", width=30, break_on_hyphens=False).fill(
    "Hyphenated-words-stay-whole-when-break-on-hyphens-is-off, see?"))

message = textwrap.dedent("""\
    Hello,
        this line is indented more
    and this one is back.
    """)
print(message, end="")
print(textwrap.indent(message, "> ", lambda line: True), end="")
summary = textwrap.shorten(" ".join(notes.values()), width=60, placeholder=" ...")
print(summary, len(summary))
for width in (10, 20, 40):
    print(width, textwrap.shorten("The quick brown fox jumps over the lazy dog", width))
print(textwrap.wrap("x" * 25, width=10), textwrap.wrap("word " * 3 + "y" * 12, width=8, break_long_words=False))
