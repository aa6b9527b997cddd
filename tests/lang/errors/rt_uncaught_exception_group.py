# An exception group nobody catches ends the program with its boxed traceback.
def check(values):
    errors = [ValueError(v) for v in values if v < 0]
    if errors:
        raise ExceptionGroup("negative values", errors)


print("checking")
check([1, -2, 3, -4])
