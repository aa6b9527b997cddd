# Base64 encoding and decoding of ASCII text with 6-bit groups built from Int shifts and masks.
alias B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
alias ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"


fn code(c: String) -> Int:
    return ASCII.find(c) + 32


fn encode(s: String) -> String:
    var out = String("")
    var i = 0
    while i < len(s):
        var n = len(s) - i
        var b0 = code(s[i])
        var b1 = code(s[i + 1]) if n > 1 else 0
        var b2 = code(s[i + 2]) if n > 2 else 0
        var triple = (b0 << 16) | (b1 << 8) | b2
        out += B64[(triple >> 18) & 63]
        out += B64[(triple >> 12) & 63]
        out += B64[(triple >> 6) & 63] if n > 1 else "="
        out += B64[triple & 63] if n > 2 else "="
        i += 3
    return out


fn decode(s: String) -> String:
    var out = String("")
    var i = 0
    while i < len(s):
        var triple = 0
        var pad = 0
        for k in range(4):
            var c = s[i + k]
            if c == "=":
                pad += 1
                triple = triple << 6
            else:
                triple = (triple << 6) | B64.find(c)
        for k in range(3 - pad):
            out += ASCII[((triple >> (16 - 8 * k)) & 255) - 32]
        i += 4
    return out


fn main():
    for s in List[String]("Man", "Ma", "M", "", "hello, world", "Mojo {fn} ~ 2024!"):
        var e = encode(s)
        print("'" + s + "'", e, decode(e) == s)
    print(decode("TW9qbyBpcyBmYXN0"))
