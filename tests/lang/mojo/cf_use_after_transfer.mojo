fn consume(owned s: String) -> Int:
    return len(s)

fn main():
    var s = "text"
    var n = consume(s^)
    print(s)
