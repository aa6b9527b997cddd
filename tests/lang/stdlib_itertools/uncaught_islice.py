# A negative islice bound is rejected with CPython's message.
import itertools

print(list(itertools.islice("abcdef", 1, 4)))
print(list(itertools.islice("abcdef", -2)))
