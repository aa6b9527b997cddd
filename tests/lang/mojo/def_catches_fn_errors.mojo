# def code calling raising fns: an Error raised in fn code arrives in Python as an exception with its message.
fn parse_positive(s: String) raises -> Int:
    var n = Int(s)
    if n <= 0:
        raise Error("not positive: " + s)
    return n


fn safe_ratio(a: Int, b: Int) raises -> Float64:
    if b == 0:
        raise Error("division by zero in safe_ratio")
    return Float64(a) / Float64(b)


def main():
    results = []
    for text in ["12", "-3", "0", "7"]:
        try:
            results.append(parse_positive(text))
        except Exception as e:
            print("rejected", repr(text), "->", e)
    print(results, sum(results))
    for a, b in [(1, 4), (3, 0), (-9, 2)]:
        try:
            print(a, b, safe_ratio(a, b))
        except Exception as e:
            print(a, b, "error:", e)
        finally:
            print("checked", a, b)
    errors = 0
    for k in range(5):
        try:
            safe_ratio(k, k % 2)
        except Exception:
            errors += 1
    print("errors:", errors)
