fn main():
    var s = (1, "yes")
    if s:
        print(1)
