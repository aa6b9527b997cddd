# Mojo's python module: Python.import_module, evaluate, list and none, and PythonObject.

from python import Python, PythonObject


fn main() raises:
    var math = Python.import_module("math")
    var path = Python.import_module("os.path")
    print(math.sqrt(16.0), path.basename("/a/b/c.txt"))
    var l: PythonObject = Python.list(1, 2, 3)
    l.append(4)
    print(l, len(l), Python.evaluate("2 ** 10"))
    var n = Python.none()
    print(n)
