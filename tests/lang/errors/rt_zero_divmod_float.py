print(divmod(7.5, 2))
print(divmod(7.5, 0.0))
