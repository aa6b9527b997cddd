# print with sep, end, file and flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("x", end="")
print("y", end="")
print()
print(sep="ignored")
print("multi\nline", "value")
print(*range(5), sep="-", end="!\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("", end="\n\n")
print("end")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
print(None, sep=None, end=None)
print("a", "b", sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
print("last line on stderr is this one", file=sys.stderr)
