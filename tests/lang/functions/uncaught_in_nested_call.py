# Uncaught IndexError raised three calls deep
def level3(seq, i):
    return seq[i]
def level2(seq, i):
    return level3(seq, i) * 2
def level1(seq):
    out = []
    for i in range(len(seq) + 1):
        out.append(level2(seq, i))
        print("ok", i, out[-1])
    return out
level1([1, 2, 3])
