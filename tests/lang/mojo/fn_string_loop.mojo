fn repeat(s: String, n: Int) -> String:
    var out = ""
    var i = 0
    while i < n:
        out += s
        i += 1
    return out

fn main():
    print(repeat("ab", 3), len(repeat("xyz", 100)))
