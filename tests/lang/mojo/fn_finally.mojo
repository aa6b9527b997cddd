fn risky(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x


fn with_finally(x: Int) raises -> Int:
    try:
        print("  trying", x)
        return risky(x) * 2
    finally:
        print("  finally for", x)


fn except_and_finally(x: Int) -> Int:
    var result = 0
    try:
        result = risky(x)
    except e:
        print("  caught", e)
        result = -1
    finally:
        print("  cleanup", x)
    return result


fn loop_with_finally() -> Int:
    var count = 0
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            count += 10
        finally:
            count += 1
            print("  finally", i, count)
    return count


fn nested() raises:
    try:
        try:
            _ = risky(-1)
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


fn main() raises:
    print(with_finally(4))
    try:
        print(with_finally(-4))
    except e:
        print("main caught", e)
    print(except_and_finally(5), except_and_finally(-5))
    print(loop_with_finally())
    try:
        nested()
    except e:
        print("nested:", e)
