def level3():
    raise KeyError("k")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 failed") from e

def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("level1 failed") from e

print("start")
level1()
