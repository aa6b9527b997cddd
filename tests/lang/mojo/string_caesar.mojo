# A Caesar cipher and a letter histogram with String indexing and methods.
alias alphabet = "abcdefghijklmnopqrstuvwxyz"


fn shift(text: String, by: Int) -> String:
    var out = String("")
    var lower = text.lower()
    for i in range(len(lower)):
        var c = lower[i]
        var at = alphabet.find(c)
        if at < 0:
            out += c
        else:
            out += alphabet[(at + by) % 26]
    return out


fn histogram(text: String) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for i in range(len(text)):
        var c = text[i]
        if alphabet.find(c) >= 0:
            counts[c] = counts.get(c, 0) + 1
    return counts


fn main() raises:
    var message = "Attack at Dawn, said the Mojo!"
    var secret = shift(message, 3)
    print(secret)
    print(shift(secret, -3))
    print(shift(secret, 23) == shift(message, 0))
    var counts = histogram(shift(message, 0))
    var best = String("")
    var best_count = 0
    for c in counts:
        if counts[c] > best_count:
            best = c
            best_count = counts[c]
    print(len(counts), best, best_count)
    print(secret.upper().replace(" ", "_"), secret.count("d"), secret.startswith("dwwdfn"))
