fn twice(x: Int) -> Int:
    return x * 2

try:
    twice("3")
except TypeError as e:
    print("TypeError:", e)
try:
    twice(1.5)
except TypeError as e:
    print("TypeError:", e)
twice(1, 2)
