# Recursive inner functions see themselves through the enclosing scope
def outer(n):
    def walk(k, acc):
        if k == 0:
            return acc
        return walk(k - 1, acc + [k])
    return walk(n, [])
print(outer(5))
def make_evens():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = make_evens()
print(ev(10), od(10), ev(7), od(7))
def rebinding():
    def f():
        return "first"
    g = f
    def f():
        return "second"
    return g(), f()
print(rebinding())
def counter_closure():
    count = 0
    def rec(n):
        nonlocal count
        count += 1
        if n > 0:
            rec(n - 1)
            rec(n - 1)
    rec(4)
    return count
print(counter_closure())
