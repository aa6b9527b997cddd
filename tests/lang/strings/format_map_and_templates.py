# format_map and building text reports
record = {"name": "Widget", "price": 9.5, "qty": 3}
print("{name}: {qty} x {price:.2f}".format_map(record))
try:
    "{missing}".format_map(record)
except KeyError as e:
    print(type(e).__name__, e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
header = "{:<8}|{:>5}|{:>8}".format("name", "n", "value")
print(header)
print("-" * len(header))
for r in rows:
    print("{:<8}|{:>5d}|{:>8.2f}".format(*r))
print("=" * len(header))
print("{:<8}|{:>5d}|{:>8.2f}".format("total", sum([r[1] for r in rows]), sum([r[2] for r in rows])))
template = "Dear {title} {last}, your balance is {bal:,.2f}."
for person in [{"title": "Dr", "last": "Who", "bal": 1234.5}, {"title": "Ms", "last": "X", "bal": -0.004}]:
    print(template.format_map(person))
print(f"{'centered':^20}|", f"{'x' * 3:>{len(header)}}|")
for n in [0, 7, 42, 255]:
    print(f"{n:3d} {n:08b} {n:02x} {n:>4o}")
