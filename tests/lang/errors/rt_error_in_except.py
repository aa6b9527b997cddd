try:
    int("x")
except ValueError:
    print("caught")
    raise
