print(bytes([65, 66]))
print(bytes([65, 256]))
