# Owned String and List arguments: callers copy by default, `^` hands the value over, results come back owned.
fn shout(owned s: String) -> String:
    s = s.upper()
    s += "!"
    return s^


fn append_all(owned base: List[String], extra: String) -> List[String]:
    base.append(extra)
    base.append(extra + extra)
    return base^


fn consume(owned items: List[Int]) -> Int:
    var total = 0
    while len(items) > 0:
        total += items.pop()
    return total


fn main():
    var word = String("mojo")
    var loud = shout(word)
    print(word, loud)
    var moved = shout(word^)
    print(moved)
    var names = List[String]("a")
    var more = append_all(names, "b")
    print(len(names), len(more), more[-1])
    var taken = append_all(more^, "c")
    print(len(taken), taken[0], taken[-1])
    var nums = List[Int](1, 2, 3, 4)
    print(consume(nums), len(nums), consume(nums^))
    var fresh = List[Int](10)
    nums = fresh
    fresh.append(20)
    print(len(nums), len(fresh))
