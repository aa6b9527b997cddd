b = [[1]]
x = [*a for a in b]
