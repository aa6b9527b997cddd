# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while completed, i =", i)
n = 0
while True:
    n += 1
    if n > 4:
        break
print("broke at", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("no break, k =", k)
k = 10
while k > 0:
    k -= 2
    if k == 5:
        break
else:
    print("no break this time, k =", k)
while False:
    print("never")
else:
    print("else runs on false condition")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)])
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
