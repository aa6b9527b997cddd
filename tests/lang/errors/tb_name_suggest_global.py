# NameError at module level: a global is suggested
counter = 0
print("counting")
countr += 1
