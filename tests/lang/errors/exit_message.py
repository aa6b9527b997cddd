import sys
print("fatal error ahead")
sys.exit("error: configuration missing")
