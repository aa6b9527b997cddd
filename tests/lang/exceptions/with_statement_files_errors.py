# with-blocks: file closed on exception, errors from file operations
path = "/tmp/ember_test_with_statement_files_errors.txt"
with open(path, "w") as f:
    f.write("abc\n")
try:
    with open(path) as f:
        first = f.readline()
        int(first)
except ValueError as e:
    print(type(e).__name__, e, "| closed:", f.closed)
with open(path) as f:
    pass
try:
    f.readline()
except ValueError as e:
    print(type(e).__name__, e)
try:
    with open(path, "r") as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(path, "rb") as f:
        f.read().decode("ascii") + 1
except TypeError as e:
    print(type(e).__name__, e)
def read_first(p):
    with open(p) as fh:
        return fh.read().strip()
    print("never")
print(read_first(path))
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("")
except FileNotFoundError as e:
    print(type(e).__name__, e)
