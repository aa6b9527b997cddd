# NameError with nothing close enough: no suggestion
alpha = 1
print(zzzqqq)
