fn main():
    var i = 3
    var f: Float64 = i
