# Uncaught ValueError raised explicitly with a formatted message
def check_age(a):
    if not 0 <= a <= 150:
        raise ValueError(f"age out of range: {a!r} (expected 0..150)")
    return a
for a in [0, 30, 150]:
    print("ok", check_age(a))
try:
    check_age(-1)
except ValueError as e:
    print("handled:", e)
check_age(151)
