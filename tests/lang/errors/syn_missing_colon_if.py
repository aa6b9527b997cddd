print("never printed: syntax errors stop the whole program")
if True
    print("x")
