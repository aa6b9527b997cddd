fn area(w: Int, h: Int, w: Int) -> Int:
    return w * h


fn main():
    print(area(1, 2, 3))
