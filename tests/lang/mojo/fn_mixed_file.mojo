import sys

class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n = add(self.n, k)

def run():
    c = Counter()
    for k in [1, 2, 3]:
        c.add(k)
    return c.n

fn add(a: Int, b: Int) -> Int:
    return a + b

var = [1, 2]
fn = "not a keyword here"
print(run(), var, fn, sys.argv[0])
