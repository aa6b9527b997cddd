# AttributeError on a module: its attributes are the candidates
import sys
print(sys.argvv)
