# exit(0) and sys.exit(None) both give status 0; finally blocks still run
import sys
def cleanup():
    try:
        print("in try")
        sys.exit(None)
    finally:
        print("cleanup ran")
try:
    cleanup()
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit(False)
except SystemExit as e:
    print("bool code:", e.code)
print("calling exit(0)")
exit(0)
print("unreachable")
