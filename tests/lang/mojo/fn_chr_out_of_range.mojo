# chr() of a negative code point: the ValueError Python code would get.


fn main():
    print(chr(65))
    var n = -1
    print(chr(n))
