print(divmod(17, 5))
print(divmod(17, 0))
