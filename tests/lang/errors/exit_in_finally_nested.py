import sys

def run():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("cleanup")

run()
print("not reached")
