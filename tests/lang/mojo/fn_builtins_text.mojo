# Builtins of fn code: ord, chr and repr on text, divmod and pow on numbers, and loops
# over reversed(list).


fn caesar(text: String, shift: Int) -> String:
    var out = String("")
    for i in range(len(text)):
        var code = ord(text[i])
        if code >= ord("a") and code <= ord("z"):
            var d = divmod(code - ord("a") + shift, 26)
            out += chr(ord("a") + d[1])
        else:
            out += text[i]
    return out


fn main():
    print(ord("A"), ord("z"), chr(97), chr(65))
    print(repr("it's"), repr("plain"), repr(2.5), repr(7), repr(True))
    var q = divmod(-7, 2)
    print(q[0], q[1])
    var qr = divmod(17, -5)
    print(qr[0], qr[1])
    print(pow(2, 10), pow(3, 0), pow(2.0, 0.5))
    var secret = caesar("hello, world", 3)
    print(secret, caesar(secret, -3))
    var l = List[Int](1, 2, 3)
    for x in reversed(l):
        print("reversed", x)
    var empty = List[String]()
    for s in reversed(empty):
        print("never", s)
    var word = String("")
    for c in range(5):
        word += chr(ord("a") + c)
    print(word)
