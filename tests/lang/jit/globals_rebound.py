# Loops at module level (their registers are globals' copies) and loops reading globals and
# builtins that the program rebinds while the loop runs again: each rebinding is seen.
LIMIT = 1000
factor = 2


def scaled(n):
    total = 0
    for i in range(n):
        total += i * factor
    return total


print(scaled(LIMIT))
factor = 2.5
print(scaled(LIMIT))
factor = 3
print(scaled(LIMIT))


def use_len(values):
    n = 0
    for _ in range(1000):
        n += len(values)
    return n


print(use_len([1, 2, 3]))
len = lambda v: 7  # noqa: E731 - a global named len hides the builtin
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3, 4]))

total = 0
for i in range(3000):
    total += i % 11
print(total)


# The same code run with other globals (exec of a function's code object): a trace that
# reads the first globals must not run on the second.
def loop_body():
    global result
    s = 0
    for _ in range(2000):
        s += factor
    result = s


loop_body()
print(result)
other = {"factor": 10, "range": range}
exec(loop_body.__code__, other)
print(other["result"], result)
