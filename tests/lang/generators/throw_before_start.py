# throw() into a generator or coroutine that never started raises at once, without running
# any of its body (no except clause of it sees the exception), and finishes it; PEP 479 too.
def g():
    try:
        print("started")
        yield 1
    except ValueError:
        print("caught")
gen = g()
try:
    gen.throw(ValueError)
except ValueError:
    print("raised out")
async def c():
    try:
        print("coro started")
        await x
    except ValueError:
        print("coro caught")
co = c()
try:
    co.throw(ValueError)
except ValueError:
    print("coro raised out")
def h():
    yield 1
hh = h()
try:
    hh.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(hh), next(hh, "exhausted"))
def k():
    yield 1
kk = k()
kk.close()
print(list(kk))
