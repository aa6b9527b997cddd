"""A helper module for the import tests."""
print("loading", __name__, __package__ == "", __doc__)
VALUE = 42
_private = "hidden"
def double(x):
    return 2 * x
class Thing:
    def __repr__(self):
        return "Thing from " + __name__
