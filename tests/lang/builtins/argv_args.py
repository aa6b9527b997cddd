# sys.argv from a .args file (one argument per line)
import sys
print(len(sys.argv))
print(sys.argv[0])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
print(sys.argv[1:])
nums = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print(nums)
flags = [a for a in sys.argv[1:] if a.startswith("--")]
print(flags, [f.split("=") for f in flags])
print(type(sys.argv).__name__, all([type(a) is str for a in sys.argv]))
