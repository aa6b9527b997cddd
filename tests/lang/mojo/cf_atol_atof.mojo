fn quiet() -> Int:
    return atol("1")


fn main() raises:
    _ = atol(1)
    _ = atol("1", "2")
    _ = atof("1", 2)
    _ = atol("1", radix=2)
    _ = atol()
