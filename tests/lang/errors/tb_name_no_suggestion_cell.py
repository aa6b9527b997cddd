# Captured locals are not candidates: no suggestion here
def outer():
    count = 1
    def inner():
        return count
    print(inner())
    return coutn

outer()
