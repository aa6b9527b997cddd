# String.split, splitlines and join in fn code: a List[String] out, a List[String] in.
fn word_count(text: String) -> Int:
    return len(text.split())


fn csv_fields(line: String) -> List[String]:
    var fields = List[String]()
    for f in line.split(","):
        fields.append(f[].strip())
    return fields


def main():
    var text = String("the quick  brown\tfox")
    print(word_count(text), word_count(""), word_count("   "))
    var fields = csv_fields("ada, 36 ,london,")
    print(len(fields), "|".join(fields))
    var lines = String("one\ntwo\r\nthree").splitlines()
    print(len(lines), lines[2], String("-").join(lines))
    var empty = List[String]()
    print("[" + ", ".join(empty) + "]", "a,b,,c".split(",").__len__())
