# Misuse of coroutines: awaiting non-awaitables, reusing, __await__ returning bad values.
import asyncio

class BadAwait:
    def __await__(self):
        return 5

async def await_it(x):
    return await x

for thing in (5, BadAwait(), "text"):
    try:
        asyncio.run(await_it(thing))
    except TypeError as e:
        print("TypeError:", e)

async def value():
    return 1

c = value()
print(asyncio.run(await_it(c)))
try:
    asyncio.run(await_it(c))
except RuntimeError as e:
    print("RuntimeError:", e)

async def leaks_stop():
    raise StopIteration("no")
try:
    asyncio.run(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", str(e).split(",")[0])

async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")
asyncio.run(boom())
