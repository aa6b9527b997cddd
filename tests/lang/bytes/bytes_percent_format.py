# %-formatting on bytes and bytearray
print(b"%d %i %x %X %o %c %%" % (42, -7, 255, 255, 8, 65))
print(b"%s|%-6s|%6s|%.2s" % (b"abc", b"ab", b"cd", b"xyz"))
print(b"%s" % bytearray(b"ba"), b"%b" % b"bee", b"%a" % "é", b"%r" % "r")
print(b"%5.2f|%e|%g" % (3.14159, 1234.5, 0.0001))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5})
print(bytearray(b"%03d") % 7, type(bytearray(b"%d") % 1).__name__)
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"1", lambda: b"%s %s" % (b"a",), lambda: b"%c" % 256]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
