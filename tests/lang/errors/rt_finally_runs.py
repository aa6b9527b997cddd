def f():
    try:
        print("in try")
        return 1 // 0
    finally:
        print("finally ran")

f()
