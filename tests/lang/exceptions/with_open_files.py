# with open(...) and file errors
path = "/tmp/ember_test_with_open_files.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"))
    f.write("third")
print(f.closed)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "r") as f:
    print(f.readline(), end="")
    print(f.read().splitlines())
try:
    with open(path) as f:
        raise ValueError("inside with")
except ValueError as e:
    print("caught", e, "closed:", f.closed)
try:
    open("/tmp/ember_definitely_missing_dir/none.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open("/tmp/ember_definitely_missing_dir/none.txt")
except OSError as e:
    print("as OSError:", e)
with open(path, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data))
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as a, open(path) as b:
    a.write("x")
    a.flush()
    print(repr(b.read()))
