fn main():
    break
