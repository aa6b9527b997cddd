# fuzz_run found this: list(iter(lambda: 0, 1)) below ran until the 64 MiB heap limit (19 s
# under ASan) because calls from native code did not count against the step budget.
# iter(callable, sentinel)
state = {"n": 0}
def next_val():
    state["n"] += 1
    return state["n"] * state["n"]
print(list(iter(next_val, 49)))
print(state)
data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
for v in iter(read, 0):
    print("got", v)
print("stopped at index", pos[0])
chunks = ["ab", "cd", "", "ef"]
def read_chunk():
    return chunks.pop(0)
print("".join(list(iter(read_chunk, ""))), chunks)
it = iter(lambda: "same", "other")
print(next(it), next(it), next(it))
it = iter(lambda: 0, 1)
print(list(it), next(it, "exhausted"))
calls = []
def noisy():
    calls.append(len(calls))
    return len(calls)
it2 = iter(noisy, 3)
print(next(it2), calls)
print(list(it2), calls)
print(next(it2, "done"), calls)
