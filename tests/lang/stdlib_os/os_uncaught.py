# An uncaught OSError subclass, with errno and file name in the message.
import os

print(os.path.exists("_definitely_missing_file"))
os.remove("_definitely_missing_file")
