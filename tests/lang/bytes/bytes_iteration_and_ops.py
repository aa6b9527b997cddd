# Iterating, comparing, hashing and converting bytes
data = b"The quick brown fox"
print(sum(data), max(data), min(data), len(set(data)), sorted(set(data))[:5])
print(list(reversed(b"abc")), [hex(x) for x in b"\x01\x10"], bytes([x ^ 0x20 for x in b"Hello"]))
print(hash(b"abc") == hash(b"abc"), {b"a": 1}[b"a"], b"a" == "a", b"a" != "a")
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(reversed(b"stressed")), b"abc" * 0, b"ab" == b"ab"[:], data.split()[1].upper())
count = {}
for x in b"mississippi":
    count[x] = count.get(x, 0) + 1
print(sorted(count.items()))
checksum = 0
for x in data:
    checksum = (checksum * 31 + x) % 65521
print(checksum)
print(int.from_bytes(b"\x00\x01", "big"), list((1025).to_bytes(2, "big")), bytes([65]) + b"B")
print(b"x" < b"xy" < b"y", [b"b", b"a", b"ab"] == sorted([b"b", b"a", b"ab"]), sorted([b"b", b"a", b"ab"]))
print(data.decode().upper().encode() == data.upper(), str(data, "ascii")[:3])
