fn main() raises:
    var s = String("  Hello, Mojo  ")
    var t = s.strip()
    print("[" + t + "]", t[0], t[-1], t[7:], t[:5], t[2:4])
    print(t.upper(), t.lower(), t.find("Mojo"), t.find("x"), t.count("o"))
    print(t.startswith("Hell"), t.endswith("jo"), t.replace("Mojo", "world"))
    print("42".isdigit(), "x42".isdigit(), t.removeprefix("Hello, "), "--a--".strip("-"))
    var total = 0
    var digits = "31415"
    for i in range(len(digits)):
        total += Int(digits[i])
    print(total)
