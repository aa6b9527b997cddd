# Compile-time configuration with alias: derived constants, type aliases, @parameter if choosing code paths.
alias DEBUG = False
alias WIDTH = 8
alias HEIGHT = WIDTH // 2
alias CELLS = WIDTH * HEIGHT
alias GREETING = "grid " + "8x4"
alias Real = Float64
alias Lane = SIMD[DType.int32, WIDTH]
alias MODE = "checker"


fn cell(x: Int, y: Int) -> Int:
    @parameter
    if MODE == "checker":
        return (x + y) % 2
    else:
        return x * y


fn average(a: Real, b: Real) -> Real:
    return (a + b) / 2


fn main():
    print(GREETING, CELLS)
    var total = 0
    for y in range(HEIGHT):
        var line = String("")
        for x in range(WIDTH):
            line += "#" if cell(x, y) == 1 else "."
            total += cell(x, y)
        print(line)
    print("filled", total, "of", CELLS)

    @parameter
    if DEBUG:
        print("debug build")
    else:
        print("release build")
    var lane = Lane(1)
    print(lane * HEIGHT, average(1, 4), average(WIDTH, HEIGHT))
    alias squares = WIDTH * WIDTH + HEIGHT * HEIGHT
    print(squares, squares % 7, -squares // 7)
