print("quitting")
quit("bye from quit")
