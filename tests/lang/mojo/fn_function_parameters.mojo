fn twice(x: Int) -> Int:
    return 2 * x

fn square(x: Int) -> Int:
    return x * x

fn apply[f: fn (Int) -> Int](x: Int) -> Int:
    return f(x)

fn apply_twice[f: fn (Int) -> Int](x: Int) -> Int:
    return apply[f](apply[f](x))

fn failing() raises:
    raise Error("boom")

fn quiet():
    print("quiet ran")

def test_thing():
    var x = 1
    print("test_thing ran", x)

fn run[name: String, test_fn: fn () raises -> object]() raises:
    print("Test", name, "...", end="")
    try:
        _ = test_fn()
    except e:
        print("FAIL")
        raise e
    print("PASS")

fn call_raising[f: fn () raises]() raises:
    f()



fn main() raises:
    print(apply[twice](5), apply[square](5), apply_twice[square](3))
    alias chosen = square
    print(chosen(4))
    run["thing", test_thing]()
    call_raising[quiet]()
    try:
        call_raising[failing]()
    except e:
        print("caught", e)
    # A fn-typed parameter is part of the instance: each fn gets its own copy.
    print(apply[twice](1) + apply[square](3))
