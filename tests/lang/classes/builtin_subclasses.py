class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, a * 2, a == 5, 5 == a, hash(a) == hash(5), isinstance(a, int), type(a).__name__)
print([10, 20, 30, 40, 50, 60][a], a < 6, -a, abs(MyInt(-3)), str(a), f"{a:03d}", {5: "x"}[a])
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), s + " there", len(s), s == "hi", {"hi": 1}[s], type(s).__name__, repr(s))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), type(p).__name__, p + (3,), list(p))
class F(float):  # instances are plain floats in Ember for now; type(f) not printed
    pass
f = F(2.5)
print(f, f * 2)
class B(int):
    pass
print(B(10) + B(20), type(B(3) + 1).__name__, B(2**70), B("ff", 16), bool(B(0)))
