# Asynchronous generators: async for over them, asend/athrow/aclose, inner awaits passing
# through to the event loop, the ag_* attributes and the errors of misuse.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except KeyError as e:
        yield f"caught {e!r} after {received}"
    finally:
        print("echo cleanup", received)


async def pipeline():
    async def numbers():
        for i in range(6):
            yield i

    async def squares(source):
        async for x in source:
            yield x * x

    async def evens(source):
        async for x in source:
            if x % 2 == 0:
                yield x

    return await collect(evens(squares(numbers())))


async def collect(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out


async def producer(queue_name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{queue_name}{i}"


async def main():
    async for n in countdown(3):
        print("countdown", n)

    gen = echo()
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print(await gen.__anext__())
    print(await gen.asend("a"))
    print(await gen.asend("b"))
    print(await gen.athrow(KeyError("stop")))
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    print(await pipeline())

    merged = []

    async def drain(name, n):
        async for item in producer(name, n):
            merged.append(item)

    await asyncio.gather(drain("a", 3), drain("b", 2))
    print(merged)

    # aclose() of a suspended generator runs its finally; closing twice is harmless.
    g = echo()
    await g.asend(None)
    await g.aclose()
    await g.aclose()

    # aclose() of a generator that was never started does nothing.
    await countdown(2).aclose()

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async for rest in s:
        print("stubborn finally ends after", rest)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration

    try:
        async for _ in raises_stop():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop_iteration():
        yield 1
        raise StopIteration

    try:
        async for _ in raises_stop_iteration():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    step = countdown(1).__anext__()
    print(type(step).__name__)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        await echo().athrow(ValueError("early"))
    except ValueError as e:
        print("athrow into an unstarted generator raises there:", e)
    finished = countdown(0)
    async for _ in finished:
        pass
    print("athrow into a finished generator:", await finished.athrow(ValueError("late")))
    print("aclose of a finished generator:", await finished.aclose())

    try:
        await echo().asend(5)
    except TypeError as e:
        print("TypeError:", e)

    g = countdown(2)
    print(g.ag_running, g.ag_await)


asyncio.run(main())
