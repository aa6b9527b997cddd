# asyncio.timeout/timeout_at: the deadline cancels the task and the block turns that into
# TimeoutError; a cancellation from outside stays CancelledError; reschedule and misuse.
import asyncio


async def work(delay, name):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled inside")
        raise


async def main():
    task = asyncio.current_task()
    async with asyncio.timeout(0.3) as cm:
        print("fast:", await work(0.0, "fast"), cm.expired(), task.cancelling())
    print("after fast:", cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.05) as cm:
            await work(1.0, "slow")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__, cm.expired(), task.cancelling())
    print(repr(cm))
    # Rescheduling, and no deadline at all.
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.05)
        try:
            await work(1.0, "rescheduled")
        except asyncio.CancelledError:
            print("sees CancelledError inside the block")
            raise
        finally:
            print("expired:", cm.expired())
    print("not reached")


async def outer():
    try:
        await main()
    except TimeoutError:
        print("outer: TimeoutError")
    # A cancellation from outside is not turned into TimeoutError.
    async def inner():
        async with asyncio.timeout(5):
            await asyncio.sleep(1)
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel stays CancelledError", t.cancelled())
    try:
        cm = asyncio.timeout(1)
        cm.reschedule(None)
    except AssertionError as e:
        print("reschedule before entering:", type(e).__name__)
    async with asyncio.timeout(1) as cm:
        pass
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1) as cm:
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("past deadline cancels at once")
            raise


try:
    asyncio.run(outer())
except TimeoutError:
    print("TimeoutError at top level")
