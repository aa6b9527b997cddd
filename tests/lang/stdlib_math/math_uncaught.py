# An uncaught math error after some output: exit status 1 and CPython's last line.
import math

print(math.sqrt(2))
print(math.factorial(5))
print(math.factorial(-5))
