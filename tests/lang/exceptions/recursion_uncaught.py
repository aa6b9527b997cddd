# Uncaught RecursionError ends the program with exit code 1
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(100))
def forever(n):
    return forever(n + 1) + 1
print("about to recurse forever")
forever(0)
