import sys
print("to stdout")
sys.stderr.write("warning: written to stderr\n")
print("done")
