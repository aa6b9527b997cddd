import sys
for i in range(5):
    print("line", i)
    sys.stdout.write("partial ")
sys.stdout.write("no newline at the end")
raise SystemExit(6)
