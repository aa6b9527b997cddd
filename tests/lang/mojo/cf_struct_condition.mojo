struct Plain:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x


fn main():
    var p = Plain(1)
    if p:
        print(1)
    while not p:
        print(2)
