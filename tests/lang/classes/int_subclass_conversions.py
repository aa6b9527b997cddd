# int subclasses in %-formatting and int(); str % ignores the right operand's __rmod__.
class F(int): pass
print("%d" % F(3), "%x" % F(255), type(int(F(3))).__name__)
class R:
    def __rmod__(self, o): return "rmod"
print("%s" % R() != "", 5 % R())
try:
    print("abc" % R())
except TypeError as e:
    print("TypeError:", e)
