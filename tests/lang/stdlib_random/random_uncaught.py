# An uncaught error from random after some output.
import random

random.seed(3)
print(random.randint(1, 6))
random.choice([])
