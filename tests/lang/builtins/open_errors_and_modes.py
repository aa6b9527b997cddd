# open() error cases and mode handling
for args in [("/tmp/ember_no_such_dir/x.txt",), ("/tmp/ember_no_such_dir/x.txt", "w")]:
    try:
        open(*args)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ["rw", "x+r", "q", "bt"]:
    try:
        open("/tmp/ember_test_open_errors.txt", mode)
    except ValueError as e:
        print(type(e).__name__, e)
p = "/tmp/ember_test_open_errors_and_modes.txt"
with open(p, "w") as f:
    f.write("hello")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(p, "rb") as f:
    print(type(f.read()).__name__)
with open(p, "r") as f:
    print(type(f.read()).__name__)
with open(p, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(p) as f:
    print(repr(f.read()))
