# for/while else interacting with try/except/finally and break
def find(items, pred):
    for x in items:
        try:
            if pred(x):
                break
        except ZeroDivisionError:
            print("skipping", x)
            continue
        finally:
            print("checked", x)
    else:
        return "not found"
    return "found " + str(x)
print(find([1, 0, 4], lambda v: 8 / v == 2))
print(find([1, 2], lambda v: v > 5))
print(find([0], lambda v: 1 / v))
n = 0
while n < 3:
    n += 1
    try:
        if n == 5:
            break
    finally:
        pass
else:
    print("while completed without break, n =", n)
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        print("handled", e)
else:
    print("for completed after handling exceptions")
