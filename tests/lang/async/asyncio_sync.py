# asyncio's synchronisation primitives, wait, as_completed, shield and the queue variants,
# with the interleaving printed step by step (it must follow CPython's scheduling exactly).
# Timers are at least 0.1 s apart, so that a slow (sanitized, --gc-stress) run keeps the order.
import asyncio

log = []


def say(*parts):
    print(*parts)


async def lock_worker(name, lock, hold):
    say(name, "wants the lock, locked =", lock.locked())
    async with lock:
        say(name, "holds the lock")
        for _ in range(hold):
            await asyncio.sleep(0)
        say(name, "releases")


async def locks():
    lock = asyncio.Lock()
    await asyncio.gather(lock_worker("a", lock, 2), lock_worker("b", lock, 1),
                         lock_worker("c", lock, 0))
    try:
        lock.release()
    except RuntimeError as e:
        say("RuntimeError:", e)
    # A waiter cancelled while queued does not keep the lock from the next one.
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire(), name="cancelled-waiter")
    later = asyncio.create_task(lock_worker("d", lock, 0))
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    say("waiter cancelled:", waiter.cancelled(), "locked:", lock.locked())
    lock.release()
    await later
    say("after all, locked =", lock.locked())


async def sem_worker(name, sem, steps):
    async with sem:
        say(name, "in, value now", sem._value, "locked", sem.locked())
        for _ in range(steps):
            await asyncio.sleep(0)
        say(name, "out")


async def semaphores():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_worker(f"s{i}", sem, i % 3) for i in range(6)))
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        say("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        say("ValueError:", e)


async def conditions():
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            say(name, "took", items.pop(0))

    async def producer():
        for item in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(item)
                say("produced", item)
                cond.notify()
        await asyncio.sleep(0)
        async with cond:
            items.extend(["x", "y"])
            cond.notify_all()

    await asyncio.gather(consumer("c1"), consumer("c2"), consumer("c3"), consumer("c4"),
                         consumer("c5"), producer())
    try:
        cond.notify()
    except RuntimeError as e:
        say("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        say("RuntimeError:", e)


async def events():
    event = asyncio.Event()

    async def waiter(name):
        say(name, "waits")
        await event.wait()
        say(name, "woke")

    tasks = [asyncio.create_task(waiter(n)) for n in ("e1", "e2")]
    await asyncio.sleep(0)
    event.set()
    say("set; is_set =", event.is_set())
    await asyncio.gather(*tasks)
    event.clear()
    say("cleared; is_set =", event.is_set())


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def waiting():
    tasks = [asyncio.create_task(job("fast", 0.01), name="fast"),
             asyncio.create_task(job("boom", 0.15, fail=True), name="boom"),
             asyncio.create_task(job("slow", 0.6), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    say("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    say("first exception:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    say("timeout:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks)
    say("all:", names(done), "pending:", names(pending))
    say("results:", [t.result() if not t.exception() else repr(t.exception()) for t in tasks])
    never_run = job("c", 0)
    for bad, kwargs in [([], {}), (tasks, {"return_when": "SOMETIMES"}),
                        (tasks[0], {}), ([never_run], {})]:
        try:
            await asyncio.wait(bad, **kwargs)
        except (TypeError, ValueError) as e:
            say(type(e).__name__ + ":", e)
    never_run.close()
    for aw in asyncio.as_completed([job("third", 0.3), job("first", 0.0), job("second", 0.15)]):
        say("as_completed:", await aw)
    try:
        for aw in asyncio.as_completed([job("late", 0.5)], timeout=0.01):
            await aw
    except asyncio.TimeoutError:
        say("as_completed timed out")


async def shielding():
    inner = asyncio.create_task(job("shielded", 0.02), name="inner")
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        say("outer cancelled; inner cancelled?", inner.cancelled())
    say("inner result:", await inner)
    say("shield of a done task is the task:", asyncio.shield(inner) is inner)

    async def protected():
        return await asyncio.shield(job("under-wait_for", 0.3))

    try:
        await asyncio.wait_for(protected(), 0.01)
    except asyncio.TimeoutError:
        say("wait_for timed out around a shield")


async def queues():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        pq.put_nowait(item)
    say("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    say("full:", lq.full())
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        say("QueueFull")

    async def slow_getter():
        await asyncio.sleep(0)
        say("got", await lq.get())

    getter = asyncio.create_task(slow_getter())
    await lq.put(3)
    await getter
    say("lifo rest:", lq.get_nowait(), lq.get_nowait(), "empty:", lq.empty())


async def main():
    for section in (locks, semaphores, conditions, events, waiting, shielding, queues):
        print("--", section.__name__)
        await section()


asyncio.run(main())
