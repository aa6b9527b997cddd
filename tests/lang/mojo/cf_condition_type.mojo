fn main():
    var s = "yes"
    if s:
        print(s)
