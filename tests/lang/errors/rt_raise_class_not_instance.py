print("raising the class")
raise ValueError
