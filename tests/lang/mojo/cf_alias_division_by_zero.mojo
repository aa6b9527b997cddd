alias ZERO = 0
alias BAD = 10 // ZERO

fn main():
    print(BAD)
