# try/except* (PEP 654): clauses take their part of a group, bare exceptions are wrapped,
# what clauses raise is combined with what none handled, sys.exc_info() in a clause, else and
# finally, nested groups keep their shape, and the TypeErrors of bad clause types.
import sys
def run(f):
    try:
        f()
    except BaseException as e:
        print("  ->", type(e).__name__, repr(e), "ctx:", repr(e.__context__)[:60])
    else:
        print("  -> no exception")

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("value:", repr(e), repr(sys.exc_info()[1]))
    except* TypeError:
        print("type handler")
        raise
run(t1)
def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise OSError("new2")
run(t2)
def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught as", repr(e))
run(t3)
def t4():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise
run(t4)
def t5():
    try:
        raise ValueError("naked")
    except* TypeError as e:
        print("no")
run(t5)
def t6():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("from handler")
run(t6)
def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* TypeError:
        raise
    except* ValueError:
        raise RuntimeError("x")
run(t7)
def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(t8)
def t9():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else runs")
    finally:
        print("finally runs")
run(t9)
def t10():
    try:
        raise KeyboardInterrupt
    except* Exception:
        print("no")
run(t10)
def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("tuple:", repr(e))
run(t11)
def t12():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
run(t12)


def generator():
    try:
        yield 1
        raise ExceptionGroup("in generator", [KeyError("k"), ValueError("v")])
    except* KeyError as e:
        yield f"handled {e!r}"


def t13():
    for item in generator():
        print("generator gave", item)
run(t13)


def t14():
    log = []
    for attempt in range(3):
        try:
            if attempt == 1:
                raise ExceptionGroup("loop", [OSError(attempt)])
            log.append(attempt)
        except* OSError as e:
            log.append(("os", e.exceptions[0].args))
            for inner in range(5):
                if inner == 2:
                    break
                log.append(inner)
        finally:
            log.append("finally")
    print(log)
run(t14)


def t15():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("nested", [ZeroDivisionError()])
            except* ZeroDivisionError as z:
                print("nested handled", repr(z))
    except* TypeError as t:
        print("outer try got", repr(t))
run(t15)
print("e is cleared after the clause:", "e" in dir())
