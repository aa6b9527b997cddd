print("reading from an empty stdin")
line = input()
