import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught exit", e.code)
print(1 // 0)
