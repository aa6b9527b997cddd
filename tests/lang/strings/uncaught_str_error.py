# Uncaught TypeError from str concatenation ends the program
parts = ["count:", 3, "items"]
msg = ""
for p in parts:
    if isinstance(p, str):
        msg += p + " "
        print("so far", repr(msg))
    else:
        print("about to add an int")
        msg += p
print(msg)
