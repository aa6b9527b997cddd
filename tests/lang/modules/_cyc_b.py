import _cyc_a
B = "b"
def early():
    return hasattr(_cyc_a, "A")
PARTIAL = hasattr(_cyc_a, "A")
