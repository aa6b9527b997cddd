fn main():
    print(1, 2.5, True, "s", sep=", ", end=".\n")
    print("a", "b", sep="")
    print()
    print("x", end="")
    print("y")
