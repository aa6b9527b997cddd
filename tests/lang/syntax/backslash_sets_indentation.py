if True:
    \
  print("continued")
print("end")
