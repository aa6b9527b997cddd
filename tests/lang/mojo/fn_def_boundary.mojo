fn add(a: Int, b: Int) -> Int:
    return a + b

fn mean(a: Float64, b: Float64) -> Float64:
    return (a + b) / 2

fn tag(s: String, flag: Bool) -> String:
    return s + ("+" if flag else "-")

fn nothing(x: Int):
    print("got", x)

def main():
    r = add(2, 3)
    print(r, type(r).__name__)
    m = mean(1.0, 2)
    print(m, type(m).__name__)
    t = tag("x", True)
    print(t, type(t).__name__, tag("y", False))
    print(nothing(5))
    print(add(True, 2**40))
    print(add(9223372036854775807, 1))
    print(type(add).__name__)
