# split, rsplit, splitlines and join
print("a b  c   d".split(), "a b  c   d".split(" "), "  lead trail  ".split())
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0))
print("one::two::three".split("::"), "no-sep".split("x"), "".split(), "".split(","))
print("a\tb\nc\rd\x0be\x0cf\x1cg".split(), "x  y".split(None, 1), "  x  y  ".rsplit(None, 1))
print("1 2 3 4 5".rsplit(" ", 2), "abcabc".split("c"), "aaa".split("a"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "x\ny".splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd\u2028e\x85f".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), "|".join([]))
print(" ".join(["only"]), "\n".join(["1", "2"]).split("\n"), "ab".join("1234"))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), " ".join(reversed(words)))
print(" ".join([w.capitalize() for w in words]))
csv = "name,age\nalice,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b".split(sep=","))
