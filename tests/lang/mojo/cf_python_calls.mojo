def helper():
    return 1

fn plain() -> Int:
    var x = helper()
    return 0

fn typed(o: object) raises -> Int:
    var s: String = o
    var v = o < 1 < 2
    return len(o) + undefined_thing()
