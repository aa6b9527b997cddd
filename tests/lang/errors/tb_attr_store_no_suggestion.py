# Assigning a missing attribute: no "Did you mean" (CPython suggests only for lookups)
text = "abc"
print(text.upper())
text.uper = 1
