def f(**k):
    return k
f(__debug__=1)
