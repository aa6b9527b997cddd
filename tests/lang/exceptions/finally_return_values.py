# Interplay of return values, finally and exceptions in functions
def a():
    try:
        return [1]
    finally:
        pass
def b():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally mutates returned list")
def c(x):
    try:
        if x:
            raise ValueError(x)
        return "normal"
    except ValueError:
        return "handled"
    finally:
        print("c finally", x)
def d():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
def e():
    try:
        try:
            raise KeyError("inner")
        finally:
            return "finally swallows"
    except KeyError:
        return "not reached"
print(a(), b(), c(0), c(1), d(), e())
def counter():
    n = 0
    while n < 5:
        try:
            n += 1
            if n % 2:
                continue
            print("even", n)
        finally:
            print("finally", n)
    return n
print(counter())
