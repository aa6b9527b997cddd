# bytearray shares bytes methods and returns bytearray
ba = bytearray(b"  Mixed Case Text  ")
print(ba.strip(), type(ba.strip()).__name__, ba.upper(), ba.split(), ba.replace(b"Text", b"Data"))
print(ba.find(b"Case"), ba.count(b" "), ba.startswith(b"  M"), ba.decode(), ba.hex())
print(bytearray(b"a,b").split(b","), bytearray(b"-").join([b"x", b"y"]), type(bytearray(b"-").join([])).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", bytearray(b"x") in [b"x"])
b = bytearray()
for i in range(5):
    b += bytes([48 + i])
print(b, b.decode(), b.isdigit())
b.extend(range(65, 68))
print(b, b[-1], b.index(66), b.rindex(b"C"))
print(bytearray(b"hello").title(), bytearray(b"abc").center(7, b"."), bytearray(b"a\tb").expandtabs(2))
print(bytearray(b"x%dy") % 5, bytearray(b"AbC").swapcase(), bytearray(b"12").zfill(4))
