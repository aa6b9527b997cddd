fn main():
    var count = 1
    count = "one"
    var ages = Dict[String, Int]()
    ages["ada"] = "thirty"
    var word = String("mojo")
    print(word[1.5])
    var pair = (1, "two")
    var n: Int = pair[1]
    var maybe = Optional[Int](3)
    var text: String = maybe.value()
    print(count, n, text)
