struct Pixel:
    var r: Int
    var g: Int
    var r: Float64

    fn __init__(out self):
        self.r = 0
        self.g = 0


fn main():
    var p = Pixel()
    print(p.g)
