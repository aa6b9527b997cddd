# open() for text files committed next to the test
with open("data_lines.txt") as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))
with open("data_lines.txt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open("data_lines.txt", "rb") as f:
    raw = f.read()
print(raw[:10], len(raw), raw.decode("utf-8") == content)
with open("data_lines.txt") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    rest = f.readlines()
print(rest)
f = open("data_lines.txt")
print(f.read(4), f.read(4))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
words = []
with open("data_lines.txt") as f:
    for line in f:
        words.extend(line.split())
print(words)
