# async for and async with: protocols, control flow through them, and their errors.
import asyncio


class Ticker:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i == self.fail_at:
            raise ValueError(f"tick {self.i} failed")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        await asyncio.sleep(0)
        return self.suppress


async def basics():
    async for t in Ticker(3):
        print("tick", t)
    else:
        print("else ran")
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        print("loop", t)
    else:
        print("not printed")
    total = 0
    async for t in Ticker(0):
        total += t
    print("empty", total)


async def with_blocks():
    async with Resource("a") as r:
        print("inside", r.name)
    async with Resource("b", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with Resource("c"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("outer") as o, Resource("inner") as i:
        print("both", o.name, i.name)


async def early_exits():
    async with Resource("ret"):
        return "returned"


async def break_inside_with():
    async with Resource("loop"):
        async for t in Ticker(10):
            if t == 2:
                break
    return t


async def errors():
    try:
        async for t in Ticker(5, fail_at=1):
            print("got", t)
    except ValueError as e:
        print("ValueError:", e)
    for bad in (1, [1, 2]):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)

    class NoNext:
        def __aiter__(self):
            return 5

    try:
        async for _ in NoNext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class PlainNext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 7

    try:
        async for _ in PlainNext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    try:
        async with Resource:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            return False

    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncExit:
        async def __aenter__(self):
            return self

        def __aexit__(self, *a):
            return None

    try:
        async with SyncExit():
            print("body of SyncExit")
    except TypeError as e:
        print("TypeError:", e)


async def main():
    await basics()
    await with_blocks()
    print(await early_exits())
    print(await break_inside_with())
    await errors()


asyncio.run(main())
