s = "text"
print(s.upper())
print(s.uper())
