# NameError: a builtin is suggested when no local or global is close
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
