# struct.Struct objects: attributes, methods and their argument errors.
import struct
s = struct.Struct("<hi")
for e in [lambda: s.unpack(), lambda: s.unpack(b"1", b"2"), lambda: s.iter_unpack(), lambda: s.unpack_from(), lambda: s.pack_into(), lambda: s.pack(1), lambda: s.pack(x=1),
          lambda: s.unpack_from(b"123456", offset=0), lambda: s.unpack_from(buffer=b"123456"), lambda: struct.calcsize(1), lambda: struct.Struct("i", "j"), lambda: s.size, lambda: s.format, lambda: s.foo,
          lambda: struct.Struct(format="<i").size, lambda: struct.pack("<i", x=1), lambda: struct.unpack("i", x=1), lambda: struct.iter_unpack("i", x=1), lambda: struct.pack_into("i", x=1), lambda: struct.calcsize(x=1), lambda: struct.unpack(b"<i", b"1234")]:
    try: print(e())
    except Exception as x: print(type(x).__name__, x)
