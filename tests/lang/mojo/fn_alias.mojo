alias WIDTH = 8
alias AREA = WIDTH * WIDTH
alias NAME = "grid"
alias RATIO = 1.5
comptime DEBUG = False

fn main():
    alias LOCAL = AREA + 1
    print(NAME, WIDTH, AREA, LOCAL)
    var r: Float64 = RATIO * 2
    print(r)
    if DEBUG:
        print("debug")
    comptime STEP = 3
    var s = 0
    for i in range(0, 10, STEP):
        s += i
    print(s)
