fn main():
    var r = compute(3)
