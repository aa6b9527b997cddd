# assert statements
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("message:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args[0])
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "msg"
assert True, msg()
print("message evaluated lazily:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (1, 2) == (1, 3), (1, 2)
except AssertionError as e:
    print(e)
print(type(AssertionError()).__mro__[1].__name__)
assert 2 + 2 == 5, "final failing assertion"
