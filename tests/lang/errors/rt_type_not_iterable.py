for c in "ab":
    print(c)
for i in 5:
    print(i)
