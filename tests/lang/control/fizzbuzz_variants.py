# FizzBuzz written several ways must agree
def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
def v2(n):
    return [("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or str(i) for i in range(1, n + 1)]
def v3(n):
    out = []
    i = 0
    while i < n:
        i += 1
        match (i % 3, i % 5):
            case (0, 0):
                out.append("FizzBuzz")
            case (0, _):
                out.append("Fizz")
            case (_, 0):
                out.append("Buzz")
            case _:
                out.append(f"{i}")
    return out
a, b, c = v1(30), v2(30), v3(30)
print(a == b == c)
print(" ".join(a))
print(sum([1 for s in a if s == "Fizz"]), a.count("FizzBuzz"), a.count("Buzz"))
