# Conditional expressions
x = 5
print("big" if x > 3 else "small")
print("big" if x > 10 else "small")
print(1 if True else 2 if True else 3)
print(1 if False else 2 if False else 3)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(f(-3), f(0), f(7))
def side(tag):
    print("eval", tag)
    return tag
print(side("a") if side(True) else side("b"))
print(side("a") if side(0) else side("b"))
print((10 if x else 20) + 1)
y = None
print(y if y is not None else "default")
print([] or "empty", [1] or "empty", 0 and 1, 2 and 3)
print(x > 3 and "yes" or "no")
print(None or 0 or "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
n = 15
print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n)
print(not None, not 0, not "x", not [])
