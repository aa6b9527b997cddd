# AttributeError on a str: the closest method is suggested
print("abc".uper())
