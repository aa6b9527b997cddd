# Uncaught chained exception: last stderr line is the final exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
print(parse("12"))
print(parse("13"))
values = ["1", "2", "x"]
total = 0
for v in values:
    total += parse(v)
    print("running total", total)
print("never printed")
