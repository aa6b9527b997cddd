# Function attributes
def documented(a, b=2, *, c=3):
    """This is the docstring.

    It has several lines."""
    return a
print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
def outer():
    def inner():
        "inner doc"
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
documented.custom = "attr"
documented.count = 0
documented.count += 1
print(documented.custom, documented.count)
print(sorted(documented.__dict__.items()))
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
renamed.__doc__ = "set later"
print(renamed.__doc__)
print(type(documented).__name__, type(len).__name__)
print(len.__name__, print.__name__)
print(nodoc() is None)
documented.__defaults__ = (100,)
print(documented(1), documented.__defaults__)
