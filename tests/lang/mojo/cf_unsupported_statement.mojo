fn main():
    with open("x") as f:
        print(1)
