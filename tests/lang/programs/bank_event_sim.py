# A small event simulation: accounts with a custom exception hierarchy, a heapq event queue of
# ordered dataclasses, logging to stdout, then asyncio workers on a Queue with gather/wait_for.
import asyncio, logging, sys, heapq, itertools
from dataclasses import dataclass, field
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("sim")
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount
class Account:
    _ids = itertools.count(1)
    def __init__(self, owner, balance=0):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(-amount)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self._balance += amount
        self.history.append(amount)
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: str = field(compare=False)
    args: tuple = field(compare=False, default=())
accounts = {n: Account(n, b) for n, b in [("ann", 100), ("bob", 20), ("cy", 0)]}
queue = []
seq = itertools.count()
for t, act, args in [(3, "transfer", ("ann", "bob", 50)), (1, "deposit", ("cy", 10)), (2, "transfer", ("bob", "cy", 500)), (2, "deposit", ("ann", -5)), (5, "report", ())]:
    heapq.heappush(queue, Event(t, next(seq), act, args))
while queue:
    ev = heapq.heappop(queue)
    try:
        if ev.action == "deposit":
            accounts[ev.args[0]].deposit(ev.args[1])
        elif ev.action == "transfer":
            src, dst, amt = ev.args
            accounts[src].withdraw(amt)
            accounts[dst].deposit(amt)
        else:
            log.info("report at %s: %s", ev.time, sorted(accounts.values(), key=lambda a: -a.balance))
        log.info("t=%.1f %s%s ok", ev.time, ev.action, ev.args)
    except InsufficientFunds as e:
        log.warning("t=%.1f failed: %s (short by %d)", ev.time, e, e.amount - e.account.balance)
    except ValueError as e:
        log.error("t=%.1f bad event: %s", ev.time, e)
async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(item / 10)  # gaps wide enough for slow runs (ASan, --gc-stress)
        results.append((name, item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for item in [3, 1, 2, 5]:
        await q.put(item)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    r = await asyncio.gather(asyncio.sleep(0.01, result="a"), asyncio.sleep(0, result="b"))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    return results, r
print(asyncio.run(main()))
log.debug("hidden")
logging.getLogger("other").warning("from %s", "other")
print({a.owner: a.history for a in accounts.values()})
