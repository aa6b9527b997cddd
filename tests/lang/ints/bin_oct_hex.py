# bin/oct/hex and format of ints
for v in [0, 1, -1, 10, -10, 255, 256, 2 ** 64, -(2 ** 64) + 1, 12345678901234567890]:
    print(v, bin(v), oct(v), hex(v))
for v in [0, 42, -42, 65535]:
    print(format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, "#b"), format(v, "#o"), format(v, "#X"))
print(format(255, "08b"), format(255, "#010b"), format(-5, "08b"), format(5, "+x"))
print(f"{1234567890:_x}", f"{1234567890:_b}", f"{2 ** 40:,d}")
print(f"{255:c}", f"{97:c}", f"{0x1F600:c}")
print(format(10, "n"), format(-10, " d"), format(10, "=+6d"), format(-10, "=6d"))
print(hex(True), bin(False), oct(8))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int(hex(-999), 16), int(bin(-999), 0))
print("%x %X %o %d %i" % (255, 255, 8, -3, 7))
print("%#x %#o %08d %-6d| %+d" % (255, 8, -42, 42, 5))
