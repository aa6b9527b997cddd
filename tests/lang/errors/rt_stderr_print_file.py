import sys
print("out")
print("err line 1", file=sys.stderr)
print("err line 2", file=sys.stderr)
