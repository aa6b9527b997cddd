# sys.exit with a string prints it to stderr and exits 1
import sys
def main():
    print("starting")
    for i in range(3):
        print("step", i)
        if i == 2:
            sys.exit(f"fatal: stopped at step {i}")
main()
print("unreachable")
