def risky(x):
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x

fn checked(x: Int) raises -> Int:
    return Int(risky(x)) * 10

def main():
    print(checked(1))
    try:
        checked(5)
    except ValueError as e:
        print("caught", e)
    checked(9)
