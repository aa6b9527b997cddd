fn greet(name: String) -> String:
    return "Hello, " + name + "!"

fn main():
    var s = greet("world")
    print(s, len(s))
    var t: String = "abc"
    t += "def"
    print(t, t == "abcdef", t != "x", t < "abd", "b" > t)
    print(String(42) + String(1.5) + String(True))
    print(str(-7), len(""))
