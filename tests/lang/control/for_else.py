# for loops with else
for i in range(3):
    print("loop", i)
else:
    print("completed")
for i in range(10):
    if i == 4:
        print("breaking at", i)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty loop else")
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None
print([find_prime_factor(n) for n in [15, 17, 49, 2, 91]])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(3):
    continue
else:
    print("continue still reaches else, i =", i)
for ch in "hello":
    pass
print("loop var persists:", ch)
for i in range(5):
    if i == 2:
        continue
    if i == 4:
        break
    print("body", i)
else:
    print("skipped")
