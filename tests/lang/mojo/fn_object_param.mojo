fn describe(o: object) raises -> object:
    if o:
        return o * 2
    return "empty"

def main():
    print(describe(21), describe([1]), describe(""), describe(None))
    print(describe(3.5), describe("ab"))
