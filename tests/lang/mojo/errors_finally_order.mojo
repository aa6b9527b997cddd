# The order of try / except / else / finally blocks, nested trys and re-raising.
fn step(n: Int) raises -> Int:
    if n % 3 == 0:
        raise Error("multiple of three: " + String(n))
    return n * 10


fn attempt(n: Int) -> Int:
    var result = -1
    try:
        print("  try", n)
        result = step(n)
    except e:
        print("  except", e)
    else:
        print("  else", result)
    finally:
        print("  finally", n)
    return result


fn outer(n: Int) raises -> Int:
    try:
        try:
            return step(n)
        except e:
            print("  inner caught:", e)
            raise Error("wrapped(" + String(e) + ")")
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


fn main():
    print(attempt(4))
    print(attempt(6))
    for n in range(1, 4):
        try:
            print("outer", outer(n))
        except e:
            print("main caught:", e)
