# RGBA pixels as SIMD[DType.uint8, 4]: alpha blending through uint16 lanes, grayscale, inversion, brightness.
alias Pixel = SIMD[DType.uint8, 4]


fn blend(src: Pixel, dst: Pixel) -> Pixel:
    var a = src[3].cast[DType.uint16]()
    var s = src.cast[DType.uint16]()
    var d = dst.cast[DType.uint16]()
    var mixed = (s * a + d * (255 - a) + 127) // 255
    var out = mixed.cast[DType.uint8]()
    out[3] = 255
    return out


fn gray(p: Pixel) -> UInt8:
    var w = SIMD[DType.uint32, 4](77, 150, 29, 0)
    return ((p.cast[DType.uint32]() * w).reduce_add() >> 8).cast[DType.uint8]()


fn brighten(p: Pixel, amount: UInt8) -> Pixel:
    var wide = p.cast[DType.uint16]() + amount.cast[DType.uint16]()
    var out = min(wide, 255).cast[DType.uint8]()
    out[3] = p[3]
    return out


fn main():
    var red = Pixel(255, 0, 0, 128)
    var blue = Pixel(0, 0, 255, 255)
    var white = Pixel(255, 255, 255, 255)
    print(blend(red, blue), blend(red, white), blend(Pixel(10, 20, 30, 0), white))
    print(gray(red), gray(blue), gray(white), gray(Pixel(100, 150, 200, 255)))
    var inverted = ~Pixel(10, 200, 0, 77)
    print(inverted, inverted[3])
    print(brighten(Pixel(100, 200, 250, 9), 40), Pixel(250, 3, 128, 1) + 10)
