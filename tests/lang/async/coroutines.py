# Coroutines: async def, await on coroutines and awaitables, send/throw, errors.
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
c = main()
print(type(c).__name__, c.__name__, repr(c).startswith("<coroutine object main at"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class Ready:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def uses_awaitable():
    r = await Ready()
    return r
d = uses_awaitable()
print(d.send(None))
try:
    d.send(21)
except StopIteration as e:
    print("awaitable result", e.value)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
w = add(2, 3).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
async def raiser():
    raise ValueError("inside")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
