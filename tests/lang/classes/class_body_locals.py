# locals() and eval() in a class body see the class namespace.
class A:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    print(eval("x + 1"))
