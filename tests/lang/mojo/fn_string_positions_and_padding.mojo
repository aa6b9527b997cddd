# String methods with positions (Mojo's end -1 is the end of the String), padding
# (Mojo's center puts the smaller half on the left), join and repetition.
fn main():
    print("...a".find("a", 2), "Hello world".find("o", -10), "Hello world".find("o", -5))
    print("hello world".rfind("l", 5), "hello world".rfind("w", -3), "hello world".rfind("w", -5))
    var s = String("hello")
    print(s.startswith("llo", 2), s.startswith("llo", 2, -1), s.startswith("llo", 2, 3))
    print(s.endswith("lo", 2), s.endswith("llo", 2, 5), s.endswith("llo", 2, 3), s.endswith("hell", 0, -1))
    print("[" + s.rjust(8) + "]", "[" + s.ljust(8, "*") + "]", "[" + s.center(8, "*") + "]")
    print("[" + s.center(4) + "]", "[" + String("ab").center(5, "*") + "]")
    print(",".join(List[Int](1, 2, 3)), " ".join("a", "b", "c"), ",".join(1, "abc", 3))
    print("[" + "".join() + "]", "-".join(List[String]("x", "y")), ",".join(List[Int]()))
    alias rep = "mojo" * 3
    var n = 2
    print(rep, "ab" * n, "[" + "ab" * 0 + "]", "[" + String("x") * -1 + "]")
    # split with maxsplit, splitlines with keepends, Bool indices, backtick names.
    var parts = "1,2,3".split(",", 1)
    print(len(parts), parts[1], len("1,2,3".split(",", 0)), len("a\nb\r\nc".splitlines()))
    var kept = "a\nb\r\n".splitlines(keepends=True)
    print(len(kept), kept[1] == "b\r\n", s[False], s[True])
    alias `3`: Int = 3
    alias `with space` = "x" * `3`
    print(`3` + 1, `with space`, List[Int](4, 5)[True])
    alias Strings = List[String]
    var made = Strings("p", "q")
    print(len(made), made[1])
