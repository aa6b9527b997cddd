# A 2D box blur over an UnsafePointer image, processed tile by tile with algorithm.tile and captured state.
from algorithm import tile

alias W = 6
alias H = 4


fn main():
    var img = UnsafePointer[Int].alloc(W * H)
    var out = UnsafePointer[Int].alloc(W * H)
    for y in range(H):
        for x in range(W):
            img[y * W + x] = (x * 7 + y * 13) % 10
            out[y * W + x] = 0
    var tiles_seen = 0

    @parameter
    fn blur_tile[tw: Int, th: Int](x0: Int, y0: Int):
        tiles_seen += 1
        for y in range(y0, min(y0 + th, H)):
            for x in range(x0, min(x0 + tw, W)):
                var s = 0
                var n = 0
                for dy in range(-1, 2):
                    for dx in range(-1, 2):
                        var yy = y + dy
                        var xx = x + dx
                        if yy >= 0 and yy < H and xx >= 0 and xx < W:
                            s += img[yy * W + xx]
                            n += 1
                out[y * W + x] = s // n

    tile[blur_tile, 3, 2](W, H)
    print("tiles", tiles_seen)
    for y in range(H):
        var a = String("")
        var b = String("")
        for x in range(W):
            a += String(img[y * W + x])
            b += String(out[y * W + x])
        print(a, b)
    img.free()
    out.free()
