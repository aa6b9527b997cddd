# Repeated string concatenation and slicing produce lots of garbage
s = ""
for i in range(200000):
    s += chr(97 + i % 26)
    if len(s) > 1000:
        s = s[-100:]
print(len(s), s[:26])
parts = []
for i in range(50000):
    parts.append(f"{i:05d}")
joined = "".join(parts)
print(len(joined), joined[-10:])
acc = 0
for i in range(100000):
    t = ("x" * (i % 20)).upper().lower().strip()
    acc += len(t)
print(acc)
b = b""
for i in range(50000):
    b += bytes([i % 256])
    if len(b) > 512:
        b = b[256:]
print(len(b), b[:4])
