def a():
    def b():
        def c():
            return
        return c
    return b
print(a()()())
return
