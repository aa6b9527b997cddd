# Deleting and re-creating globals from inside functions
x = "original"
def remove():
    global x
    del x
def create():
    global x
    x = "recreated"
remove()
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
create()
print(x)
def reader():
    return x
remove()
try:
    reader()
except NameError as e:
    print(type(e).__name__, e)
create()
print(reader())
def count_calls():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls
print(count_calls(), count_calls(), count_calls())
def multiple():
    global p, q
    p, q = 1, 2
multiple()
print(p + q)
