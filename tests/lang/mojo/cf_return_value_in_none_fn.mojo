fn log(x: Int):
    print(x)
    return x
