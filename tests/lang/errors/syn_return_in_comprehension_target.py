x = [y for 1 in range(3)]
