# Writing to /tmp and reading back in text and binary modes
path = "/tmp/ember_test_write_tmp_file.txt"
with open(path, "w") as f:
    for i in range(5):
        f.write(f"row {i}: {i * i}\n")
    print("x", "y", sep=",", file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read(), end="")
with open(path, "a") as f:
    f.write("appended ünïcode\n")
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1], end="")
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[-10:])
with open(path, "wb") as f:
    f.write(bytes(range(256)))
with open(path, "rb") as f:
    b = f.read()
print(len(b), b[:4], b[-4:], sum(b))
with open(path, "w", encoding="utf-8") as f:
    f.write("x\ny\r\nz")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    f.write("Q")
with open(path) as f:
    print(repr(f.read()))
try:
    open(path, "zz")
except ValueError as e:
    print(type(e).__name__, e)
