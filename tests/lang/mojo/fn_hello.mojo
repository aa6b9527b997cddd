fn main():
    print("Hello, Mojo!")
