fn greeting(name: String) -> String:
    if len(name) == 0:
        return
    return "hello " + name


fn count(items: List[Int]) -> Int:
    for x in items:
        if x < 0:
            return
    return len(items)


fn main():
    print(greeting("mojo"), count(List[Int](1)))
