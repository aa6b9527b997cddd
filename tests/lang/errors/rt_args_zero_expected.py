def f():
    return 0

print(f())
print(f(1))
