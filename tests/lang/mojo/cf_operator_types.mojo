fn main():
    var s = "a"
    var f = 1.5
    var b = True
    print(s - s, f << f, not 3, ~f)
