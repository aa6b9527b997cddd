# A loop that ends the program with an uncaught exception
def lookup(table, key):
    return table[key]
table = {"a": 1, "b": 2}
total = 0
for i in range(10):
    total += i
    print("step", i, total)
    if total > 20:
        print("about to fail")
        print(lookup(table, "missing-key"))
    elif i % 3 == 0:
        print("lookup", lookup(table, "a"))
    else:
        continue
    print("after branch", i)
print("unreachable")
for j in range(3):
    print("also unreachable", j)
