x = 1
d = {1: 2, x if x}
