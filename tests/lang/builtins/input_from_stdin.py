# input() reading from a .stdin file
name = input()
print("name:", name)
age = int(input("prompt> "))
print("age next year:", age + 1)
nums = [float(x) for x in input().split()]
print("nums:", nums, "sum:", sum(nums))
last = input()
print("last:", repr(last))
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("again: ")
except EOFError as e:
    print(type(e).__name__, e)
print("done")
