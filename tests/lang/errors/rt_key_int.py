d = {1: "one"}
print(d.get(2, "default"))
print(d[2])
