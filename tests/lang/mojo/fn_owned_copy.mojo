fn bump(owned n: Int) -> Int:
    n += 1
    return n

fn shout(var s: String) -> String:
    s += "!"
    return s

fn main():
    var x = 41
    print(bump(x), x)
    var word = "hey"
    print(shout(word), word)
