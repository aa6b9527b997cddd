fn f(x: Int, step: Int = 1) -> Int:
    return x + step

print(f(x=1), f(1, step=5), f(step=2, x=3))
f(y=1)
