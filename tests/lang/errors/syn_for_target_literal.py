for 1 in [1, 2]:
    pass
