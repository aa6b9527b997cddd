fn divide(a: Int, b: Int) -> Int:
    return a // b

try:
    divide(1, 0)
except BaseException:
    print("caught")
print("unreachable")
