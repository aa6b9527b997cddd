print(int(2.9))
print(int(float("nan")))
