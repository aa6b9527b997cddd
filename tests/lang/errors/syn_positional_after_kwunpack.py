def f(*a, **k):
    return a
print(f(**{}, 1))
