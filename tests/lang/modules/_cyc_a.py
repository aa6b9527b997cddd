import _cyc_b
A = "a"
def use_b():
    return _cyc_b.B
