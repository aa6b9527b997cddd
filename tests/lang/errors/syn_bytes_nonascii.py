print("before")
b = b"café"
