fn main():
    var s = String("a b")
    print(s.split(1))
    print(s.split(" ", 2, 3))
    print(s.splitlines(True, False))
    print(s.splitlines(keep=True))
