fn sign(x: Int) -> Int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
