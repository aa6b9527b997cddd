import sys
print(len(sys.argv) - 1, sys.argv[1:])
sys.exit(int(sys.argv[1]))
