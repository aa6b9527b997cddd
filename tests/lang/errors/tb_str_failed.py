# str() of the exception fails (a KeyError shows the repr of a too-long int)
print("before")
raise KeyError(10 ** 5000)
