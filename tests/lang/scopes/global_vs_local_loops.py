# Loop variables at module level are globals; inside functions they are locals
for gi in range(3):
    pass
def read_gi():
    return gi
print(read_gi())
def local_loop():
    for li in range(5):
        pass
    return li
print(local_loop())
try:
    print(li)
except NameError as e:
    print(type(e).__name__, e)
total = 0
def add_all(nums):
    global total
    for n in nums:
        total += n
add_all([1, 2, 3])
add_all([10])
print(total)
def modify_global_list():
    results.append(len(results))
results = []
for _ in range(3):
    modify_global_list()
print(results)
def shadow_loop():
    gi = "local"
    for gi in "ab":
        pass
    return gi
print(shadow_loop(), gi)
