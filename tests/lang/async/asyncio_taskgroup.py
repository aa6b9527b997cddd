# asyncio.TaskGroup: all children awaited on exit; the first failure cancels the siblings
# and the body, and the failures leave as an ExceptionGroup; misuse errors.
import asyncio


async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise fail
    print(name, "done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 0.0))
        b = tg.create_task(child("b", 0.1), name="bee")
        print("body ends", repr(tg)[:18])
    print("results:", a.result(), b.result(), b.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 0.0))
            tg.create_task(child("bad", 0.1, ValueError("boom")))
            tg.create_task(child("slow", 1.0))
            await asyncio.sleep(0.5)
            print("not reached")
    except ExceptionGroup as eg:
        print("group:", repr(eg), [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("t1", 0.1, KeyError("k")))
            tg.create_task(child("t2", 0.1, TypeError("t")))
    except ExceptionGroup as eg:
        print("two failures:", sorted(repr(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 0.3))
            raise RuntimeError("body fails")
    except ExceptionGroup as eg:
        print("body failure:", repr(eg))

    tg = asyncio.TaskGroup()
    coro = child("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Cancelled from outside while waiting for the children.
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("inner", 1.0))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())


asyncio.run(main())
