# Uncaught KeyError from set.remove ends the program
pending = {3, 1, 4}
for item in [1, 3]:
    pending.remove(item)
    print("removed", item, "left", pending)
pending.discard(99)
print("discard of missing is fine")
pending.remove(99)
print("unreachable")
