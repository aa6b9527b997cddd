# try/except/finally interleaved with loops and break/continue
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    finally:
        results.append("f")
    if n == 3:
        results.append("three")
        continue
    results.append(n)
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            break
    finally:
        print("finally", i)
print("after loop", i)
def search(rows, target):
    for r, row in enumerate(rows):
        try:
            c = row.index(target)
        except ValueError:
            continue
        else:
            return r, c
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
count = 0
for outer in range(3):
    for inner in range(3):
        try:
            if inner == outer:
                raise KeyError(inner)
            count += 1
        except KeyError as e:
            print("skip", e)
            break
print("count", count)
