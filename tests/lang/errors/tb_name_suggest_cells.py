# Captured (cell) locals and free variables are not candidates; captured parameters are
def outer(value, other):
    count = 1
    def inner():
        return value + count
    print(inner())
    return valu + coutn
outer(1, 2)
