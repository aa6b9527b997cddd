# SystemExit passes through except Exception and runs finally
import sys
def work():
    try:
        print("working")
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
    finally:
        print("finally runs on exit")
try:
    work()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("message exit")
except SystemExit as e:
    print("code is the message:", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
print("now really exiting")
sys.exit(3)
