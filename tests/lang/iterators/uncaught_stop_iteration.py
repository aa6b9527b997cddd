# next() on an exhausted iterator outside a loop ends the program
it = iter([10, 20])
print(next(it))
print(next(it))
print(next(it, "default works"))
print(next(it))
