print("builtin exit")
exit(4)
