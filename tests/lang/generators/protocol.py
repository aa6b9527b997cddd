# send/throw/close, PEP 479, states and error messages of generators.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count

a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as stop:
    print("result", stop.value)
print(next(a, "exhausted"), list(a))

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def guarded():
    for i in range(3):
        try:
            yield i
        except KeyError as e:
            yield "recovered " + repr(e.args[0])
g = guarded()
print(next(g), g.throw(KeyError("k")), next(g), next(g))
try:
    g.throw(ValueError, "not caught")
except ValueError as e:
    print("ValueError:", e)
try:
    g.throw(ValueError("after the end"))
except ValueError as e:
    print("ValueError:", e)

def stubborn():
    try:
        yield
    except GeneratorExit:
        pass
    yield "ignored"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_cleanup()
print(next(w))
w.close()
w.close()
print(list(w))

def leaks_stop():
    yield 1
    next(iter([]))
try:
    for x in leaks_stop():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def sub():
    try:
        yield "sub 1"
        yield "sub 2"
    except ZeroDivisionError:
        yield "sub handled"
    return "sub result"
def main():
    result = yield from sub()
    yield "main got " + result
m = main()
print(next(m), m.throw(ZeroDivisionError), next(m))

for bad in (lambda: averager().throw(1), lambda: averager().throw(ValueError("x"), 1),
            lambda: next(3), lambda: averager().send()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
