fn main():
    var i: Int = 2.5
