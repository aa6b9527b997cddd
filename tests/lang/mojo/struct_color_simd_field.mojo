# A Color struct wrapping SIMD[DType.float64, 4] (r, g, b, a): mixing, luminance, clamping, hex output.
alias RGBA = SIMD[DType.float64, 4]
alias hexdigits = "0123456789ABCDEF"


@value
struct Color:
    var c: RGBA

    fn mix(self, o: Color, t: Float64) -> Color:
        return Color(self.c * (1 - t) + o.c * t)

    fn luminance(self) -> Float64:
        return (self.c * RGBA(0.25, 0.625, 0.125, 0)).reduce_add()

    fn clamped(self) -> Color:
        return Color(self.c.clamp(0, 1))

    fn hex(self) -> String:
        var s = String("#")
        for i in range(3):
            var v = Int(self.clamped().c[i] * 255 + 0.5)
            s += hexdigits[v // 16]
            s += hexdigits[v % 16]
        return s


fn main():
    var red = Color(RGBA(1, 0, 0, 1))
    var blue = Color(RGBA(0, 0, 1, 1))
    var white = Color(RGBA(1, 1, 1, 1))
    print(red.mix(blue, 0.5).c, red.mix(blue, 0.5).hex())
    print(red.luminance(), blue.luminance(), white.luminance())
    var over = Color(RGBA(1.5, -0.25, 0.5, 2))
    print(over.clamped().c, over.hex(), white.hex(), Color(RGBA(0)).hex())
    var steps = String("")
    for k in range(5):
        steps += red.mix(white, Float64(k) / 4).hex() + " "
    print(steps)
