# if / elif / else chains
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in [95, 90, 89, 75, 60, 59, 0, 100]])
for v in [0, 1, -1, "", "a", [], [0], {}, None, 0.0, 0j, (), (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x < 0:
    print("neg")
elif x == 0:
    print("zero")
print("after")
if not x:
    pass
elif x % 2:
    print("odd via elif")
def sign(n):
    if n > 0: return 1
    if n < 0: return -1
    return 0
print(sign(10), sign(-2), sign(0))
if (y := x * 2) > 8:
    print("walrus in if", y)
