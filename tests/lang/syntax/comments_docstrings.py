# Comments and docstrings in odd places
"""Module docstring: not printed."""
# A comment line
x = 1  # trailing comment
def f():
    """Docstring only function."""
def g():
    # comment before body
    return 2  # comment after return
print(f(), g(), f.__doc__, g.__doc__)
print(__doc__)
L = [
    1,  # first
    # interleaved comment
    2,
]
print(L)
if x:  # comment after colon
    # comment inside block
    print("block ran")
s = "# not a comment"
print(s, len(s))
t = """multi
# also not a comment
"""
print(repr(t))
def h():
    "single-quoted docstring"
    return h.__doc__
print(h())
def k():
    x = 1
    """string after first statement is not a docstring"""
    return x
print(k.__doc__, k())
print(f"{'#'}", "a#b".split("#"))
