# Attribute access on number literals and other tokenizer edge cases
print(1 .real, 1.0.real, 1..imag, 0x10 .bit_length(), (7).bit_length())
print(1e3.is_integer(), 0b1111 .bit_count(), 1j.imag)
print([1,2,3][1], (1,)[0], {1:2}[1], "ab"[1], b"ab"[1])
print(-1 ** 2, (-1) ** 2, 2 ** -1, - - 1, + + 1, ~ ~ 1, not not 1)
print(1 < 2 if 1 else 3, [x for x in (1, 2)if x], 1 if 1 else 2)
x = 5
print(x.__add__(1), x .real, (x).imag)
print(0.1e-1, 1_0.0_1, 0e+0, 00.0, 0_0.0_0)
print(1E-3, 1e+3, 1E3, 1e0003)
print(0xABCDEF, 0xabcdef, 0O17, 0B10)
print(1000000000000000000000.0, 1e21 == 10 ** 21, 1e22 == 10 ** 22, 1e23 == 10 ** 23)
print(.5 + .5, 5. - 5., 5.0 * .2)
