# __import__ loads modules the way the import statement does (not only those already imported).
m = __import__("os.path", fromlist=["join"])
print(m.__name__)
print(__import__("os.path").__name__)
try:
    __import__("no_such_mod")
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__("")
except ValueError as e:
    print(e)
import json
print(__import__("json").dumps([1]))
