fn consume(owned s: String) -> Int:
    return len(s)

fn main():
    var a = "moved"
    var b = a^
    print(b)
    a = "again"
    print(a, consume(a^))
    print(consume(b^))
