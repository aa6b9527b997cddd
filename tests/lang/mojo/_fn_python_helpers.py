def describe(x):
    return "value %d" % x

class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return self
