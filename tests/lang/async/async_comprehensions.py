# Asynchronous comprehensions: async for clauses, awaits in the element and the conditions,
# async generator expressions, nesting with plain for clauses.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def is_odd(x):
    return x % 2 == 1


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: x * x async for x in numbers(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in numbers(4) if await is_odd(x)])
    print([(i, j) async for i in numbers(3) for j in range(i)])
    print([(i, j) for i in range(3) async for j in numbers(i)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    print([y async for y in (x async for x in numbers(0))])
    try:
        print([x async for x in range(3)])
    except TypeError as e:
        print("TypeError:", e)

    async def failing():
        yield 1
        raise ValueError("inside")

    try:
        print([x async for x in failing()])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
