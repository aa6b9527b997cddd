print("builtin exit, no args")
exit()
print("not reached")
