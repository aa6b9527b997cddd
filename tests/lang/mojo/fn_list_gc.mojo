# Strings inside List elements (alone or as struct fields) stay alive while only the List
# holds them; run under --gc-stress too.
@value
struct Tagged:
    var n: Int
    var tag: String

fn make_strings(n: Int) -> List[String]:
    var out = List[String]()
    for i in range(n):
        out.append("s" + String(i))
    return out

fn make_tagged(n: Int) -> List[Tagged]:
    var out = List[Tagged]()
    for i in range(n):
        out.append(Tagged(i, "t" + String(i * 2)))
    return out

fn main():
    var s = make_strings(300)
    var t = make_tagged(300)
    var garbage = 0
    for i in range(2000):
        var g = "g" + String(i)
        garbage += len(g)
    var total = 0
    for x in s:
        total += len(x)
    for x in t:
        total += len(x.tag) + x.n
    print(s[0], s[299], t[0].tag, t[299].tag, total, garbage)
    var copy = t.copy()
    t = make_tagged(1)
    print(copy[150].tag, len(t))
