# The gc module: collect() (every generation), enable/disable/isenabled, argument errors.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
x = [[i] for i in range(100)]
del x
print(gc.collect() >= 0, gc.collect(0) >= 0, gc.isenabled())
for bad in [(3,), ("x",)]:
    try:
        gc.collect(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.enable(1)
except TypeError as e:
    print(e)
