# sys.exit with a code computed from arguments
import sys
print("args:", sys.argv[1:])
code = len(sys.argv) + 40
print("exiting with", code)
sys.stdout.flush()
sys.exit(code)
print("unreachable")
