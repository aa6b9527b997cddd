fn main():
    fn again(n: Int):
        again(n - 1)

    again(3)
