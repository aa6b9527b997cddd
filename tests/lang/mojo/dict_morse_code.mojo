# Morse code with Dict[String, String] tables in both directions: encoding, decoding, and unknown symbols.
fn build() -> Dict[String, String]:
    var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    var codes = List[String](".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--", "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..")
    var d = Dict[String, String]()
    for i in range(len(codes)):
        d[letters[i]] = codes[i]
    return d


fn encode(text: String, table: Dict[String, String]) raises -> String:
    var out = String("")
    var up = text.upper()
    for i in range(len(up)):
        var c = up[i]
        if c == " ":
            out += "/ "
        elif c in table:
            out += table[c] + " "
        else:
            out += "? "
    return out.rstrip()


fn decode(morse: String, back: Dict[String, String]) raises -> String:
    var out = String("")
    var cur = String("")
    for i in range(len(morse) + 1):
        if i == len(morse) or morse[i] == " ":
            if cur == "/":
                out += " "
            elif len(cur) > 0:
                out += back.get(cur, "#")
            cur = ""
        else:
            cur += morse[i]
    return out


fn main() raises:
    var table = build()
    var back = Dict[String, String]()
    for k in table:
        back[table[k]] = k
    print(len(table), len(back), table["S"], back["---"])
    var msg = "SOS Mojo fn"
    var m = encode(msg, table)
    print(m)
    print(decode(m, back))
    print(encode("a1b", table), "|", decode("... --- ......... ...", back))
    var dots = 0
    var dashes = 0
    for k in table:
        dots += table[k].count(".")
        dashes += table[k].count("-")
    print("dots", dots, "dashes", dashes)
