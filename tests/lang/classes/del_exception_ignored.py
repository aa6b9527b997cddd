# An exception raised by __del__ is reported on stderr ("Exception ignored in: ...") and the
# program goes on; exit status 0.
import gc


class Boom:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        raise ValueError("cannot close " + self.label)


b = Boom("first")
del b
gc.collect()
print("still running")
