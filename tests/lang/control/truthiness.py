# Truth values and boolean operators returning operands
vals = [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], (), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1), b"", bytearray(b"\x00")]
for v in vals:
    print(repr(v), bool(v), not v)
print(1 and "x", 0 and "x", "" or 5, [] or {} or 0)
print(None and crash_if_evaluated)
print(True or crash_if_evaluated)
print(bool(), bool(3), True + True, True * 10)
print(int(True), float(False), str(True), repr(False))
print(True == 1, False == 0, True is True, True != 2)
print(isinstance(True, int), type(True).__name__)
def t(tag, val):
    print("eval", tag)
    return val
print(t("a", 0) or t("b", 2) or t("c", 3))
print(t("a", 1) and t("b", 0) and t("c", 3))
print(not t("x", []) and t("y", "ok"))
x = [] or None
print(x is None)
print(len([v for v in vals if v]), len([v for v in vals if not v]))
if [] == False:
    print("never")
else:
    print("[] != False")
