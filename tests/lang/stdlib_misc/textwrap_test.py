# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? Sphinx of black quartz, "
        "judge my vow -- a well-known pangram-like sentence.")

print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.fill("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.fill("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("tabs\tand\ttabs\there", 12))
print(textwrap.wrap("tabs\tand\ttabs", 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("keep   inner   spaces  ", 8, drop_whitespace=False))
print(textwrap.wrap("Mr. Smith arrived.\nThen he left. End", 60, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("--option and ---x and a--b and c -- d", 10))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.fill(text, 30, max_lines=1, placeholder=" (more)"))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 50))
print(textwrap.shorten(text, 50, placeholder=" …"))
print(repr(textwrap.shorten("   ", 5)))

for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("abc def", 3),
            lambda: textwrap.wrap("abc", 5, max_lines=1, initial_indent="    ", placeholder="..")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

w = textwrap.TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("reply text that should wrap over several quoted lines"))
w.width = 30
print(w.fill("reply text that should wrap over several quoted lines"))
print(w.width, w.break_long_words, w.placeholder, w.max_lines)

code = """
    def hello():
        print("hi")

    hello()
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t\tx\n\t  y\n \t\n")))
print(repr(textwrap.dedent("   same\n   same\n")))
print(repr(textwrap.dedent("  one\n    two\n  \n three")))
print(repr(textwrap.dedent("no indent\n  some")))

print(repr(textwrap.indent("a\nb\n\n  \nc", "+ ")))
print(repr(textwrap.indent("a\r\nb\rc", "> ")))
print(repr(textwrap.indent("x\ny\nz\n", "# ", lambda line: line.startswith("y"))))
print(textwrap.indent(textwrap.fill(text, 36), "    | "))

paragraphs = text.split(". ")
for width in (12, 18, 27):
    lines = textwrap.wrap(paragraphs[0], width)
    print(width, len(lines), max(len(line) for line in lines), lines)
