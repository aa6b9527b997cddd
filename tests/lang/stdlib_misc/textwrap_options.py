import textwrap

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "The quick brown fox jumped over the lazy dog; well-known mother-in-law jokes aside."
for w in [10, 15, 30]:
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz and more", 7, break_long_words=False))
print(textwrap.wrap("mother-in-law well-known", 8))
print(textwrap.wrap("mother-in-law well-known", 8, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", 80), textwrap.wrap("a\tb\tc", 80, tabsize=4))
print(textwrap.wrap("a\tb", 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line1\nline2\x0bx", 80))
print(textwrap.wrap("  lead and trail  ", 6, drop_whitespace=False))
print(textwrap.wrap("  lead and trail  ", 6))
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" ~~"))
print(textwrap.wrap("End. Next one.  Third", 80, fix_sentence_endings=True))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("x"))
print(textwrap.fill(text, 25))
print(textwrap.fill("one two three", width=5, initial_indent="> "))

print(textwrap.shorten("Hello  world!", 12))
print(textwrap.shorten("Hello world!", 11))
print(textwrap.shorten("Hello world!", 10, placeholder="..."))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
print(textwrap.shorten("a b c d e f g", 9, placeholder=" +"))

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\n   \n  b")))
print(repr(textwrap.dedent("\ta\n    b")))
print(repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("   \n  x\n")))
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb", "-")))
print(repr(textwrap.indent("x\ny", "+", lambda line: line.startswith("y"))))

w = textwrap.TextWrapper(width=12, initial_indent="[", subsequent_indent="]")
print(w.wrap("alpha beta gamma delta"), w.width)
w.width = 8
print(w.fill("alpha beta gamma"))

show("width 0", lambda: textwrap.wrap("abc", 0))
show("width -1", lambda: textwrap.fill("abc", -1))
show("placeholder big", lambda: textwrap.wrap("a b c d", 5, max_lines=1, placeholder=" [more]"))
show("indent too big", lambda: textwrap.wrap("abc def", 4, initial_indent="12345", max_lines=1))
show("shorten tiny", lambda: textwrap.shorten("hello there", 3))
show("wrap int", lambda: textwrap.wrap(5))
show("dedent None", lambda: textwrap.dedent(None))
show("indent int", lambda: textwrap.indent("a", 3))
show("bad kw", lambda: textwrap.wrap("a", widht=3))
