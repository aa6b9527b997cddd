# An exception raised while handling another one
try:
    print([1, 2][5])
except IndexError:
    print({}["missing"])
