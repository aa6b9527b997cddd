# Reading stdin until EOF with input()
total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    total += int(line)
    count += 1
    print("read", line, "running total", total)
print("lines:", count, "total:", total)
import sys
print(sys.stdin.read() == "")
