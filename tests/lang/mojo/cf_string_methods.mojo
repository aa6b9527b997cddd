fn main():
    var s = String("abc")
    print(s.title())
    print(s.find(1))
    print(s[1:2:3])
    print(Int(s))
