# Inlined calls that change objects before a guard fails or an exception is raised in them:
# the interpreter must go on inside the call's frame (rebuilt from the trace's snapshot),
# with the changes made once, and tracebacks must show the call.
import traceback


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def add(self, x):
        self.count += 1  # a change before the guards below
        if x > 900:
            self.total += x * 2
        else:
            self.total += x
        return self.count

    def add_checked(self, x):
        self.count += 1
        self.total += 100 // (x - 777)  # ZeroDivisionError at x == 777, after the change
        return self.total


def bump(c, x):
    return c.add(x) + c.add(x + 1)


def run_counter(n):
    c = Counter()
    s = 0
    for i in range(n):
        s += bump(c, i)
    return s, c.count, c.total


def run_checked(n):
    c = Counter()
    try:
        for i in range(n):
            c.add_checked(i)
    except ZeroDivisionError as e:
        # The frames the traceback holds (the inlined call's frame among them).
        for frame in traceback.extract_tb(e.__traceback__):
            print(" ", frame.name, frame.lineno, frame.line)
        print(type(e).__name__, e)
    return c.count, c.total


def set_item(lst, i, v):
    lst[i] = v
    return v * 2.5 if v > 40 else v  # int, then float


def fill(n):
    out = [0] * n
    s = 0
    for i in range(n):
        s += set_item(out, i, i % 50)
    return s, out[-5:]


class Node:
    def __init__(self, value):
        self.value = value
        self.seen = 0

    def visit(self, depth):
        self.seen += 1
        if depth > 0:
            return self.visit(depth - 1) + self.value
        return self.value


def visits(nodes):
    s = 0
    for i in range(len(nodes)):
        s += nodes[i].visit(i % 4)
    return s, sum(node.seen for node in nodes)


def gen_with_calls(n):
    c = Counter()
    for i in range(n):
        c.add(i)
        yield c.count


print(run_counter(2000))
print(run_checked(2000))
print(fill(3000))
print(visits([Node(i) for i in range(2000)]))
print(sum(gen_with_calls(2000)))
