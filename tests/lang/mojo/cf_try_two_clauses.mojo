fn f() raises:
    pass

fn main() raises:
    try:
        f()
    except a:
        pass
    except b:
        pass
