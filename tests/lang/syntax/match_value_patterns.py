# match: value (dotted) patterns via a simple namespace-free approach
import sys
def Color(): pass
Color.RED = 1
Color.GREEN = 2
def check(x):
    match x:
        case sys.maxsize:
            return "maxsize"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "no"
print(check(sys.maxsize), check(1), check(2), check(0))
PI = 3
def cap(x):
    match x:
        case PI:
            return f"captured {PI}"
print(cap(99))
print(PI)
def ranges(n):
    match n:
        case 0 | 1 | 2:
            return "low"
        case 3 | 4 | 5 if n != 4:
            return "mid"
        case _ if n < 0:
            return "negative"
        case _:
            return "high"
print([ranges(n) for n in range(-1, 8)])
cmds = [["add", 1, 2], ["neg", 5], ["quit"], ["add", 1], "bad"]
for c in cmds:
    match c:
        case ["add", a, b]:
            print("sum", a + b)
        case ["neg", a]:
            print("neg", -a)
        case ["quit"]:
            print("bye")
        case [op, *args]:
            print("wrong arity", op, args)
        case _:
            print("invalid", c)
