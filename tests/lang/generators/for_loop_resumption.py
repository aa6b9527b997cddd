# A for loop over a generator resumes it inside the loop's own dispatch loop. Every way
# in and out of such a resumption: first and later resumptions, return, exceptions (and
# PEP 479), break and resumption elsewhere, yield from, exception state swapped in and
# out, recursion, a generator that iterates itself, and mixing with next()/send().
import sys


def count(n):
    for i in range(n):
        yield i


def with_return():
    yield "a"
    return "ignored by the loop"


def delegating():
    yield from count(2)
    got = yield from with_return()
    yield got
    yield from [7, 8]


print([x for x in count(4)], sum(count(10)))
for x in delegating():
    print("delegated", x)

# break, then the same generator resumed by next(), a second loop and send().
def echo():
    value = None
    while True:
        received = yield value
        value = "echo %s" % (received,)


g = count(6)
for x in g:
    if x == 2:
        break
print("after break", next(g), [y for y in g], list(g))
e = echo()
next(e)
print(e.send("hi"))
for i, reply in enumerate(e):
    print("loop", reply)
    if i == 1:
        break
print(e.send("again"))

# Exceptions: raised in the generator, caught by the loop's caller; PEP 479.
def failing():
    yield 1
    raise ValueError("in generator")


try:
    for x in failing():
        print("item", x)
except ValueError as exc:
    print("caught", exc, x)


def leaks_stop_iteration():
    yield 1
    next(iter([]))


try:
    for x in leaks_stop_iteration():
        pass
except RuntimeError as exc:
    print(type(exc).__name__, exc, type(exc.__cause__).__name__, exc.__suppress_context__)


def catches_its_own():
    try:
        yield 1
        raise KeyError("own")
    except KeyError:
        yield "handled inside"
    yield "after"


print(list(catches_its_own()))
for x in catches_its_own():
    print("own", x)

# The exception being handled: the generator's own inside it, the caller's outside.
def sees_exception_state():
    yield repr(sys.exc_info()[1])
    try:
        raise IndexError("generator's")
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


for state in sees_exception_state():
    print("inside:", state, "| caller:", repr(sys.exc_info()[1]))
try:
    raise TypeError("caller's")
except TypeError:
    for state in sees_exception_state():
        print("inside:", state, "| caller:", repr(sys.exc_info()[1]))
    print("caller after loop:", repr(sys.exc_info()[1]))

# Exhausted and running generators.
done = count(1)
for x in done:
    pass
for x in done:
    print("never")
print("exhausted ok")


def iterates_itself():
    for y in me:
        yield y


me = iterates_itself()
try:
    for z in me:
        pass
except ValueError as exc:
    print("ValueError", exc)


# Nested and recursive generators.
def depth(d):
    if d == 0:
        yield 0
        return
    for v in depth(d - 1):
        yield v + 1


print(list(depth(40)))


def endless():
    for v in endless():
        yield v


try:
    for v in endless():
        pass
except RecursionError:
    print("RecursionError")
for v in depth(3):
    print("still fine", v)

# A loop body that raises while the generator is suspended; close() afterwards.
def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("tracked: finally")


gen = tracked()
try:
    for x in gen:
        raise OSError("in the body")
except OSError as exc:
    print("body raised", exc)
gen.close()
print("closed")

# Generators alternating at one loop head, and locals kept across resumptions.
def letters(word):
    for i, ch in enumerate(word):
        yield "%d:%s" % (i, ch)


for source in (count(3), letters("ab"), iter([9]), letters("c")):
    for item in source:
        print(item, end=" ")
print()
