# A SyntaxError raised at runtime with a location prints like a compile error
print("raising")
raise SyntaxError("custom message", ("data.txt", 3, 5, "  key = = value\n", 3, 8))
