import bisect

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3))
print(bisect.bisect_left(a, 2, lo=5), bisect.bisect_right(a, 100, 0, 4))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
c = []
for x in [3, 1, 2]:
    bisect.insort_left(c, x)
    bisect.insort_right(c, x)
print(c)

# key= (3.10+): searches a sequence of records by a derived key
recs = [("ann", 3), ("bob", 5), ("cid", 5), ("dan", 9)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 5, key=key), bisect.bisect_right(recs, 5, key=key))
bisect.insort(recs, ("eve", 5), key=key)
bisect.insort_left(recs, ("fay", 5), key=key)
print(recs)
print(bisect.bisect(recs, 4, lo=1, hi=3, key=key))

# strings and tuples
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect.bisect(words, "grape"), bisect.bisect_left(words, "fig"))
grades = "FDCBA"
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# a non-list sequence works too
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 3, 3, 7), 3))

show("lo<0", lambda: bisect.bisect_left(a, 1, -1))
show("lo<0 right", lambda: bisect.bisect_right(a, 1, lo=-3))
show("insort lo<0", lambda: bisect.insort(a, 1, -1))
show("hi<lo", lambda: bisect.bisect_left(a, 1, 5, 2))
show("not seq", lambda: bisect.bisect_left(5, 1))
show("mixed", lambda: bisect.bisect_left([1, 2, 3], "x"))
show("str lo", lambda: bisect.bisect_left(a, 1, "0"))
show("insort tuple", lambda: bisect.insort((1, 2), 3))
show("bad key", lambda: bisect.bisect_left(recs, 5, key=len))
show("hi big", lambda: bisect.bisect_left([1, 2], 3, 0, 10))
