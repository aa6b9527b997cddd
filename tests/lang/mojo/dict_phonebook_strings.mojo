# A phone book in Dict[String, String]: insert, update, lookups with get, deletion with pop, copies, merge.
fn normalize(number: String) -> String:
    var out = String("")
    for i in range(len(number)):
        if number[i].isdigit():
            out += number[i]
    return out


fn show(book: Dict[String, String]) raises:
    for name in book:
        print(" ", name, "->", book[name])


fn main() raises:
    var book = Dict[String, String]()
    book["ada"] = normalize("(555) 010-2233")
    book["grace"] = normalize("555.777.1000")
    book["linus"] = normalize("555 123 4567")
    show(book)
    var backup = book.copy()
    book["ada"] = normalize("+1 555 999 0000")
    var removed = book.pop("linus")
    print("removed", removed, len(book), len(backup))
    print(book.get("linus", "unknown"), backup.get("linus", "unknown"), book.get("ada", "?"))
    var extra = Dict[String, String]()
    extra["ken"] = "5550001111"
    extra["grace"] = "5552223333"
    for name in extra:
        book[name] = extra[name]
    show(book)
    var lengths = 0
    for number in book.values():
        lengths += len(number)
    print("digits stored", lengths, "ada" in book, "linus" in book)
    try:
        print(book["nobody"])
    except e:
        print("lookup failed")
    print(book.pop("nobody", "default"))
