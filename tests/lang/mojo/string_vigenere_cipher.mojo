# A Vigenere cipher over lowercase letters, keeping other characters, with key-stream position tracking.
alias abc = "abcdefghijklmnopqrstuvwxyz"


fn vigenere(text: String, key: String, decrypt: Bool) -> String:
    var out = String("")
    var k = 0
    for i in range(len(text)):
        var c = text[i]
        var at = abc.find(c)
        if at < 0:
            out += c
            continue
        var shift = abc.find(key[k % len(key)])
        if decrypt:
            shift = -shift
        out += abc[(at + shift) % 26]
        k += 1
    return out


fn main():
    var msg = "attack at dawn, then retreat!"
    var enc = vigenere(msg, "lemon", False)
    print(enc)
    print(vigenere(enc, "lemon", True))
    print(vigenere("zzz", "b", False), vigenere("aaa", "b", True), vigenere("mojo", "a", False))
    var same = 0
    for i in range(len(msg)):
        if msg[i] == enc[i]:
            same += 1
    print("unchanged characters:", same)
