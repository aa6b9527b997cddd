# A first program: run it with `build/bin/mojo run examples/hello.py`.
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


languages = ["Mojo", "Python"]
for i, language in enumerate(languages, start=1):
    print(i, greet(language))

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("sum of squares:", sum(squares.values()))
print("2 ** 100 =", 2**100)
