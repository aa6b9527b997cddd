fn bump(inout x: Int):
    x += 1
