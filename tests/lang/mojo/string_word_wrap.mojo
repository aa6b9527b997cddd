# Greedy word wrapping of a paragraph to several widths, with left, right and centred justification.
fn split_words(text: String) -> List[String]:
    var words = List[String]()
    var cur = String("")
    for i in range(len(text)):
        if text[i] == " ":
            if len(cur) > 0:
                words.append(cur)
                cur = ""
        else:
            cur += text[i]
    if len(cur) > 0:
        words.append(cur)
    return words


fn wrap(words: List[String], width: Int) -> List[String]:
    var lines = List[String]()
    var line = String("")
    for w in words:
        if len(line) == 0:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
        else:
            lines.append(line)
            line = w
    if len(line) > 0:
        lines.append(line)
    return lines


fn spaces(n: Int) -> String:
    var s = String("")
    for _ in range(n):
        s += " "
    return s


fn main():
    var text = "Mojo combines the usability of Python with the performance of C, unlocking unparalleled programmability of AI hardware."
    var words = split_words(text)
    print(len(words), "words")
    for width in List[Int](30, 45):
        print("width", width)
        for l in wrap(words, width):
            print("|" + l + spaces(width - len(l)) + "|")
    for l in wrap(words, 24):
        var pad = 24 - len(l)
        print("|" + spaces(pad) + l + "|" + spaces(pad // 2) + l + spaces(pad - pad // 2) + "|")
    var tiny = wrap(words, 5)
    print(len(tiny), tiny[0], tiny[-1])
