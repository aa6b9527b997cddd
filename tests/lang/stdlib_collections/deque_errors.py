from collections import deque


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index high", lambda: d[3])
attempt("index low", lambda: d[-4])
attempt("slice", lambda: d[1:2])
attempt("str index", lambda: d["a"])
attempt("remove", lambda: d.remove(9))
attempt("remove str", lambda: d.remove("a"))
attempt("index missing", lambda: d.index(7))
attempt("index range", lambda: d.index(3, 0, 2))
attempt("index start", lambda: d.index(3, -1))
attempt("negative maxlen", lambda: deque(maxlen=-1))
attempt("str maxlen", lambda: deque(maxlen="3"))
attempt("full insert", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("concat list", lambda: d + [1])
attempt("not iterable", lambda: deque(5))
attempt("rotate str", lambda: d.rotate("x"))


def set_maxlen():
    d.maxlen = 4


attempt("set maxlen", set_maxlen)


def mutate_while_iterating():
    for x in d:
        d.append(x)


attempt("mutation", mutate_while_iterating)
print(d)


def del_out_of_range():
    del d[10]


attempt("del", del_out_of_range)
deque([1, 2]).popleft()
deque().pop()
