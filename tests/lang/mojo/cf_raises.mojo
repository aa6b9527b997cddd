fn may_fail(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x


fn caller(x: Int) -> Int:
    return may_fail(x)


fn raiser():
    raise Error("no")


fn bad_forms() raises:
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except e:
        pass
    except f:
        pass
    try:
        pass
    finally:
        pass
    raise 42


fn handler_not_covered() -> Int:
    try:
        return may_fail(1)
    except e:
        return may_fail(2)
