# asyncio subset: run, sleep, gather, create_task, wait_for, Queue, cancellation; order as CPython.
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} after sleep")
    await asyncio.sleep(0)
    log.append(f"{name} done")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.2, log), worker("b", 0.1, log), worker("c", 0, log))
    print(results)
    print(log)
    t = asyncio.create_task(worker("t", 0, log))
    print("created", t.done())
    await asyncio.sleep(0)
    print("after one yield", log[-1])
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1, "late"), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        total = 0
        while True:
            item = await q.get()
            if item is None:
                return total
            print("got", item)
            total += item
    p = asyncio.create_task(producer())
    total = await consumer()
    await p
    print("total", total)
    async def fails():
        await asyncio.sleep(0)
        raise ValueError("boom")
    out = await asyncio.gather(fails(), worker("d", 0, []), return_exceptions=True)
    print(out[1], type(out[0]).__name__, out[0])
    try:
        await asyncio.gather(fails(), worker("e", 0, []))
    except ValueError as e:
        print("gather raised", e)
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    return "main result"

print(asyncio.run(main()))
