fn main():+ 1
