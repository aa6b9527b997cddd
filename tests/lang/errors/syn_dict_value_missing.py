print("start")
d = {1: 2, 3: }
