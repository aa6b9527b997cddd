print("{:>5}".format("x"))
print("{:d}".format("x"))
