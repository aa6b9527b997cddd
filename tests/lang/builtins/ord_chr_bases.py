# ord, chr, hex, oct, bin, divmod, pow, round
print([ord(c) for c in "Az09 ~é€😀"], [chr(i) for i in [65, 122, 48, 32, 126, 233, 8364, 128512]])
print(chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"), repr(chr(0xD800)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(65)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), oct(64), oct(-64), bin(5), bin(-5), hex(0), bin(0), oct(0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 3))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-2, 2), pow(2, 8, 7), pow(-1, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(0.5 + 1e-9), round(7))
print(ord(b"A"), ord(bytearray(b"z")), ord("\n"), chr(10) == "\n", chr(9).isspace())
print([chr(c) for c in range(ord("a"), ord("f"))], "".join([chr(ord(c) ^ 32) for c in "Hello"]))
