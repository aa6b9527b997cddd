fn half(x: Float32) -> Float32:
    return x / 2

fn wrap(x: UInt8) -> UInt8:
    return x + 250

fn big() -> UInt64:
    return 18446744073709551615

fn tiny(x: Int8) -> Int16:
    return Int16(x) * 300

def main():
    print(half(3), half(0.1), type(half(1.0)).__name__)
    print(wrap(10), big(), tiny(-100))
    try:
        wrap(256)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        half("x")
    except TypeError as e:
        print("TypeError:", e)
