# wraps and update_wrapper.
from functools import WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, update_wrapper, wraps

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__} with {len(args)} args")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__annotations__, add.__module__)
print(add.__wrapped__(10, 20))

def plain():
    pass

plain.marker = "m"
plain.__wrapped__ = "old"

def shell():
    return "shell"

result = update_wrapper(shell, plain)
print(result is shell, shell.__name__, shell.marker, shell.__wrapped__ is plain)

def another():
    pass

update_wrapper(another, plain, assigned=("__doc__",), updated=())
print(another.__name__, hasattr(another, "marker"), another.__wrapped__ is plain)

class Callable:
    """A callable object."""
    def __call__(self):
        return 1

def wrap_obj():
    pass

obj = Callable()
update_wrapper(wrap_obj, obj)
print(wrap_obj.__name__, wrap_obj.__doc__, wrap_obj.__wrapped__ is obj)

def decorator_with_args(times):
    def decorate(func):
        @wraps(func)
        def repeat(*args):
            return [func(*args) for _ in range(times)]
        return repeat
    return decorate

@decorator_with_args(3)
def greet(name):
    "Say hi."
    return f"hi {name}"

print(greet("ann"), greet.__name__, greet.__doc__)

class Outer:
    @logged
    def method(self, x):
        return x * 2

print(Outer().method(21), Outer.method.__qualname__)
stacked = logged(logged(add))
print(stacked(1, 1), stacked.__wrapped__.__wrapped__.__wrapped__.__name__)
