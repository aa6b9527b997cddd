# Order of try/except/else/finally clauses
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
def nested(level):
    out = []
    try:
        try:
            out.append("inner try")
            if level == 1:
                raise KeyError("k")
            if level == 2:
                raise IndexError("i")
        except KeyError:
            out.append("inner except KeyError")
        finally:
            out.append("inner finally")
        out.append("between")
    except IndexError:
        out.append("outer except IndexError")
    else:
        out.append("outer else")
    finally:
        out.append("outer finally")
    return out
for lv in range(3):
    print(lv, nested(lv))
def finally_runs_on_return():
    try:
        return "from try"
    finally:
        print("finally before return completes")
print(finally_runs_on_return())
try:
    pass
finally:
    print("try/finally without except")
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple caught", type(e).__name__)
